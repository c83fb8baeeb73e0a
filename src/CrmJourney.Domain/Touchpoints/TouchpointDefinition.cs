using System;
using System.Collections.Generic;

namespace CrmJourney.Domain.Touchpoints;

/// <summary>
/// Which accounts an activity touches — the one definition the touchpoint step, the initialization
/// from history and the report share. Whether the activity counts at all (completed, with a
/// completion date) is <see cref="ClientActivity"/>'s rule; this type only answers "whose".
/// </summary>
/// <remarks>
/// An activity touches an account when
/// <list type="bullet">
/// <item>it is regarding the account, one of its contacts, opportunities or leads, or one of the
/// product's engagements for it (<see cref="AccountLinks"/> says which account each belongs to); or</item>
/// <item>one of its parties in a contact role — from, to, cc, bcc, required or optional attendee,
/// organizer, customer (<see cref="CountsParty"/>) — is the account or one of its contacts.</item>
/// </list>
/// Parties name the client's people (accounts and contacts) only: an opportunity, lead or engagement in a
/// party list is not contact with a person. Regarding (8) party rows are ignored because the regarding
/// column is read instead; owner (9), resource (10), chat participant (12) and related (13) rows are
/// the firm's own users, equipment or links, not the client. The organizer counts: a meeting tracked
/// from the client's own invitation has the client's contact as organizer.
/// Each account is returned once however many rules or parties match (an email to three of a client's
/// people is one touchpoint), in first-match order: the regarding row's account first, then parties in
/// the order given.
/// </remarks>
public static class TouchpointDefinition
{
    /// <summary>
    /// The distinct accounts the activity touches. <paramref name="regarding"/> may be null (an email
    /// tracked by server-side synchronization often has none); <paramref name="parties"/> may be empty.
    /// </summary>
    public static IReadOnlyList<Guid> AccountsTouched(RecordRef? regarding, IEnumerable<ActivityParty> parties, AccountLinks links)
    {
        if (parties is null)
        {
            throw new ArgumentNullException(nameof(parties));
        }

        if (links is null)
        {
            throw new ArgumentNullException(nameof(links));
        }

        var accounts = new List<Guid>();
        if (regarding is not null)
        {
            AddOnce(accounts, links.AccountOf(regarding));
        }

        foreach (var party in parties)
        {
            if (party is not null && CountsParty(party.Role) && IsPerson(party.Party.Kind))
            {
                AddOnce(accounts, links.AccountOf(party.Party));
            }
        }

        return accounts.AsReadOnly();
    }

    /// <summary>True for the party roles in which a client's account or contact is in contact with the firm.</summary>
    public static bool CountsParty(ParticipationType role) => role switch
    {
        ParticipationType.Sender or ParticipationType.ToRecipient or ParticipationType.CcRecipient or ParticipationType.BccRecipient
            or ParticipationType.RequiredAttendee or ParticipationType.OptionalAttendee or ParticipationType.Organizer
            or ParticipationType.Customer => true,
        _ => false,
    };

    private static bool IsPerson(RecordKind kind) => kind is RecordKind.Account or RecordKind.Contact;

    private static void AddOnce(List<Guid> accounts, Guid? account)
    {
        // Activities name a handful of parties, so a linear check beats allocating a set per activity.
        if (account is { } id && !accounts.Contains(id))
        {
            accounts.Add(id);
        }
    }
}
