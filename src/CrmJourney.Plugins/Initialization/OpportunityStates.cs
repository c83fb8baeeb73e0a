namespace CrmJourney.Plugins.Initialization;

/// <summary>opportunity.statecode values: Open 0, Won 1, Lost 2 (the standard table's states).</summary>
internal static class OpportunityStates
{
    public const int Won = 1;

    public const int Lost = 2;
}
