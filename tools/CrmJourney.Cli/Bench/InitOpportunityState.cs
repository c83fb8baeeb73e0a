namespace CrmJourney.Cli.Bench;

/// <summary>An opportunity's statecode in the initialization bench: Open 0, Won 1, Lost 2 (Dataverse's values).</summary>
public enum InitOpportunityState
{
    /// <summary>Open (statuscode 1, In Progress).</summary>
    Open = 0,

    /// <summary>Won (statuscode 3).</summary>
    Won = 1,

    /// <summary>Lost (statuscode 4 Canceled or 5 Out-Sold).</summary>
    Lost = 2,
}
