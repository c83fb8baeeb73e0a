using System;
using System.Collections.Generic;
using CrmJourney.Domain.Journey;

namespace CrmJourney.Plugins.Sweep;

/// <summary>
/// The running counts of one sweep across all its calls: carried inside the continuation token so the
/// summary of the call that completes a resumed sweep reports the same totals as one uninterrupted run.
/// Mutable on purpose and internal: one instance belongs to one run on one thread.
/// </summary>
internal sealed class SweepTotals
{
    public int EvaluatedAccounts { get; set; }

    /// <summary>Active accounts with no stage, counted once by the sweep's first call (no rule evaluates them).</summary>
    public AccountsWithoutStage AccountsWithoutStage { get; set; } = AccountsWithoutStage.None;

    public int SkippedForCooldown { get; set; }

    public int SkippedOpenTask { get; set; }

    public int SkippedAlreadyFired { get; set; }

    public int SkippedDetractors { get; set; }

    /// <summary>Firings another sweep recorded first (duplicate alternate key), left to it.</summary>
    public int SkippedConcurrent { get; set; }

    public int Transitions { get; set; }

    public int LogsCreated { get; set; }

    public int TasksCreated { get; set; }

    public int DigestsCreated { get; set; }

    public int DigestsSent { get; set; }

    /// <summary>Firings (tasks, or digests for a digest rule) per rule id.</summary>
    public Dictionary<Guid, int> FiredByRule { get; } = new();

    public void CountFired(Guid ruleId, int count = 1) =>
        FiredByRule[ruleId] = (FiredByRule.TryGetValue(ruleId, out var fired) ? fired : 0) + count;
}
