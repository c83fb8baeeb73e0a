namespace CrmJourney.Cli.Bench;

/// <summary>
/// The requests the per-account baseline made, by kind: its formula is list pages (catalogue, bought
/// engagements and accounts, 5,000 rows a page) + one activity query per account + one Create per task.
/// </summary>
/// <param name="ListPages">RetrieveMultiple pages of the catalogue, the bought (active or completed) engagements and the accounts.</param>
/// <param name="ActivityQueries">One activitypointer query per account.</param>
/// <param name="TasksCreated">One Create per task.</param>
public sealed record BaselineCounts(int ListPages, int ActivityQueries, int TasksCreated)
{
    /// <summary>The formula's total: pages + accounts + tasks.</summary>
    public int Total => ListPages + ActivityQueries + TasksCreated;
}
