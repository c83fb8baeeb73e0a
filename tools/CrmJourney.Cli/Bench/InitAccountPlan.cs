using System;
using System.Collections.Generic;

namespace CrmJourney.Cli.Bench;

/// <summary>
/// One account of the initialization bench before it becomes rows: when it was created, its owner, how many
/// contacts it has, its opportunities and completed activities, and the lead it referred, if any. It carries no
/// journey column: the stage is what the initialization (or the baseline) derives from the rest.
/// </summary>
public sealed record InitAccountPlan
{
    /// <summary>The account's index (its id is <see cref="BenchIds.For"/>(Account, Index)).</summary>
    public required int Index { get; init; }

    /// <summary>createdon: a prospect's stage-entered date.</summary>
    public required DateTime CreatedOn { get; init; }

    /// <summary>The owner (an index into the partners).</summary>
    public required int Partner { get; init; }

    /// <summary>How many contacts (2 to 4) have the account as parent customer.</summary>
    public required int ContactCount { get; init; }

    /// <summary>Its opportunities, in index order.</summary>
    public required IReadOnlyList<InitOpportunityPlan> Opportunities { get; init; }

    /// <summary>Its completed activities, latest first.</summary>
    public required IReadOnlyList<InitActivityPlan> Activities { get; init; }

    /// <summary>When the lead it referred was created; null when it referred none.</summary>
    public DateTime? ReferredLeadOn { get; init; }
}
