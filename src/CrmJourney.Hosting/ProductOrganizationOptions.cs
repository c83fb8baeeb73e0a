using System;
using CrmJourney.Domain.Time;
using CrmJourney.LocalOrg.Costs;

namespace CrmJourney.Hosting;

/// <summary>
/// How <see cref="ProductOrganization"/> composes an organization: the clock every timestamp and
/// every plugin's "now" (OperationCreatedOn) comes from, whether async steps run right after each
/// request (the CLI) or when the caller drains them (tests that look at the queue), where the
/// solution's schema is read from, and how new row ids are made. Immutable; set with <c>with</c>.
/// </summary>
public sealed record ProductOrganizationOptions
{
    /// <summary>The organization's clock; null uses the machine's UTC clock (the CLI against live data).</summary>
    public IClock? Clock { get; init; }

    /// <summary>Runs queued async steps (touchpoints) after each top-level request; the CLI wants this, tests choose.</summary>
    public bool AutoDrainAsync { get; init; }

    /// <summary>The unpacked solution's src folder to read the schema from; null uses the copy bundled next to this assembly.</summary>
    public string? SolutionFolder { get; init; }

    /// <summary>New row ids; null uses random Guids.</summary>
    public Func<Guid>? IdGenerator { get; init; }

    /// <summary>
    /// A Dataverse cost model: the organization keeps modeled time per user, and the sweep's custom API
    /// spends its time budget in modeled time. Null (the default) keeps none.
    /// </summary>
    public DataverseCostModel? CostModel { get; init; }

    /// <summary>
    /// Keep LocalOrg's activitypointer mirror (default true): Dataverse always has the table, and the initialization from
    /// history reads activities of every type through it. It is a second copy of every activity's columns, so a caller
    /// that never runs the initialization (the sweep benchmarks) may leave it out.
    /// </summary>
    public bool KeepActivityPointer { get; init; } = true;

    /// <summary>The defaults: machine clock, async steps drained by the caller, the bundled schema.</summary>
    public static ProductOrganizationOptions Default { get; } = new();
}
