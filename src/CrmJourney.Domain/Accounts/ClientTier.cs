namespace CrmJourney.Domain.Accounts;

/// <summary>
/// The firm's segmentation of its accounts; nurture rules can watch a subset of tiers.
/// The Dataverse choice value is 573100000 + the numeric value.
/// </summary>
public enum ClientTier
{
    /// <summary>The most important accounts.</summary>
    Tier1 = 0,

    /// <summary>Mid-sized accounts.</summary>
    Tier2 = 1,

    /// <summary>Smaller accounts.</summary>
    Tier3 = 2,
}
