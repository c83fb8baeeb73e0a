namespace CrmJourney.Domain.Referrals;

/// <summary>Which kind of record was referred to the firm.</summary>
public enum ReferredKind
{
    /// <summary>A lead.</summary>
    Lead = 0,

    /// <summary>An opportunity.</summary>
    Opportunity = 1,

    /// <summary>An account.</summary>
    Account = 2,
}
