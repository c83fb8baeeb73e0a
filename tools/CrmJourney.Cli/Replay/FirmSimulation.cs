using System;
using System.Linq;
using CrmJourney.Cli.Generation;
using CrmJourney.Cli.Organization;
using CrmJourney.Cli.Rules;
using CrmJourney.Domain.Rules;
using CrmJourney.LocalOrg;

namespace CrmJourney.Cli.Replay;

/// <summary>
/// Generates a firm and replays its history into a fresh organization with a simulated clock and
/// seeded ids (so the same options give the same data, byte for byte), with the rule set saved as
/// cjp_nurturerule records before the history starts.
/// </summary>
public static class FirmSimulation
{
    /// <summary>Runs the simulation; <paramref name="weekly"/> runs every simulated Monday (the sweep).</summary>
    public static (LocalOrganization Organization, ReplayResult Result) Run(GeneratorOptions options, NurtureRuleSet? rules, Action<LocalOrganization, DateTime>? weekly, Action<ReplayProgress>? progress)
    {
        ArgumentNullException.ThrowIfNull(options);
        var history = FirmGenerator.Generate(options);
        var clock = new SimulatedClock(history.Start.AddDays(-1));
        var ids = new SeededIds(unchecked((options.Seed * 17) + 3));
        var organization = JourneyOrganization.Create(clock, ids.Next);
        if (rules != null)
        {
            organization.Import(rules.Rules.Select(RuleRecords.ToEntity));
        }

        var replayer = new HistoryReplayer(organization, clock, weekly == null ? null : at => weekly(organization, at), progress);
        return (organization, replayer.Replay(history));
    }
}
