using System;

namespace CrmJourney.Domain.Touchpoints;

/// <summary>
/// One party of an activity (one activityparty row): the role it plays and the row it names. A party
/// with no resolved row (an unresolved email address) is not an <see cref="ActivityParty"/>: the
/// adapter leaves it out, since it names no account or contact.
/// </summary>
public sealed record ActivityParty
{
    /// <summary>Creates the party.</summary>
    public ActivityParty(ParticipationType role, RecordRef party)
    {
        Role = role;
        Party = party ?? throw new ArgumentNullException(nameof(party));
    }

    /// <summary>Its role (participationtypemask).</summary>
    public ParticipationType Role { get; }

    /// <summary>The row it names (partyid).</summary>
    public RecordRef Party { get; }
}
