using System;
using System.Collections.Generic;

namespace CrmJourney.Domain.Touchpoints;

/// <summary>
/// The lookups <see cref="TouchpointDefinition"/> follows from a row to the account it belongs to:
/// contact → its parent customer when that is an account (contact.parentcustomerid); opportunity → its
/// account (opportunity.parentaccountid, else its customer when that is an account); lead → its parent
/// account (lead.parentaccountid, else its customer when that is an account); cjp_engagement → its
/// account (cjp_accountid). The adapter that reads those columns decides the fallbacks and puts only
/// account ids here; a row missing from its map belongs to no account.
/// </summary>
/// <remarks>
/// The maps are held as given, not copied, so a set-based caller can pass one map for a whole page of
/// activities; the caller must not change them while the links are in use.
/// </remarks>
public sealed class AccountLinks
{
    private static readonly IReadOnlyDictionary<Guid, Guid> _none = new Dictionary<Guid, Guid>();

    /// <summary>Creates the links; each map is row id → account id, and any may be omitted.</summary>
    public AccountLinks(
        IReadOnlyDictionary<Guid, Guid>? contactAccounts = null,
        IReadOnlyDictionary<Guid, Guid>? opportunityAccounts = null,
        IReadOnlyDictionary<Guid, Guid>? leadAccounts = null,
        IReadOnlyDictionary<Guid, Guid>? engagementAccounts = null)
    {
        ContactAccounts = contactAccounts ?? _none;
        OpportunityAccounts = opportunityAccounts ?? _none;
        LeadAccounts = leadAccounts ?? _none;
        EngagementAccounts = engagementAccounts ?? _none;
    }

    /// <summary>No links: only rows that are accounts themselves resolve.</summary>
    public static AccountLinks None { get; } = new();

    /// <summary>Contact id → its parent account's id.</summary>
    public IReadOnlyDictionary<Guid, Guid> ContactAccounts { get; }

    /// <summary>Opportunity id → its account's id.</summary>
    public IReadOnlyDictionary<Guid, Guid> OpportunityAccounts { get; }

    /// <summary>Lead id → its account's id.</summary>
    public IReadOnlyDictionary<Guid, Guid> LeadAccounts { get; }

    /// <summary>cjp_engagement id → its account's id.</summary>
    public IReadOnlyDictionary<Guid, Guid> EngagementAccounts { get; }

    /// <summary>The account <paramref name="record"/> belongs to (itself for an account), or null.</summary>
    public Guid? AccountOf(RecordRef record)
    {
        if (record is null)
        {
            throw new ArgumentNullException(nameof(record));
        }

        return record.Kind switch
        {
            RecordKind.Account => record.Id,
            RecordKind.Contact => Find(ContactAccounts, record.Id),
            RecordKind.Opportunity => Find(OpportunityAccounts, record.Id),
            RecordKind.Lead => Find(LeadAccounts, record.Id),
            RecordKind.Engagement => Find(EngagementAccounts, record.Id),
            _ => null,
        };
    }

    private static Guid? Find(IReadOnlyDictionary<Guid, Guid> map, Guid id) =>
        map.TryGetValue(id, out var account) && account != Guid.Empty ? account : null;
}
