using System;
using CrmJourney.Domain.Time;
using CrmJourney.Hosting;
using CrmJourney.LocalOrg;
using CrmJourney.Plugins.Sweep;

namespace CrmJourney.Cli.Replay;

/// <summary>
/// The nurture sweep as the demo's scheduled job runs it: the plugins' engine (<see cref="NurtureSweep"/>)
/// over the organization as of the simulated instant, resumed until it completes, with no activity
/// parties on digest emails (LocalOrg keeps none). Counts the tasks created across all weeks.
/// </summary>
public sealed class WeeklySweep
{
    /// <summary>Tasks created by every sweep so far.</summary>
    public int TasksCreated { get; private set; }

    /// <summary>Digests created by every sweep so far.</summary>
    public int DigestsCreated { get; private set; }

    /// <summary>Runs one sweep as of <paramref name="asOf"/>.</summary>
    public NurtureSweepSummary Run(LocalOrganization organization, DateTime asOf, bool dryRun = false)
    {
        var options = NurtureSweepOptions.Default with { WriteActivityParties = false, DryRun = dryRun, OrganizationUrl = Organization.LocalOrgUrl.Current };
        var sweep = new NurtureSweep(organization, new FixedClock(asOf), _ => { }, options, new UnmeteredSweepStopwatch());
        var result = sweep.Run();
        while (result.ContinuationToken is { } token)
        {
            result = sweep.Run(token);
        }

        TasksCreated += result.Summary.TasksCreated;
        DigestsCreated += result.Summary.DigestsCreated;
        return result.Summary;
    }
}
