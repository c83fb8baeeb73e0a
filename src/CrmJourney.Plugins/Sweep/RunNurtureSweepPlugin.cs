using CrmJourney.Domain.Time;
using CrmJourney.Plugins.Registration;

namespace CrmJourney.Plugins.Sweep;

/// <summary>
/// The cjp_RunNurtureSweep custom API: reads AsOf, DryRun, RuleId and ContinuationToken, runs one
/// bounded call of <see cref="NurtureSweep"/> as SYSTEM (the sweep writes tasks owned by other users)
/// and returns Summary (JSON), ContinuationToken and Completed. Inside Dataverse's transaction a
/// duplicate-key fault cannot be recovered from, so a clash with a concurrent sweep is reported and the
/// caller repeats the call; everything else about the sweep is in the engine.
/// </summary>
[CustomApi(RunNurtureSweepApi.UniqueName, PluginTypeId = RunNurtureSweepApi.PluginTypeId, Description = "Runs one bounded, resumable call of the nurture sweep: dormancy moves, nurture tasks and partner digests.")]
public sealed class RunNurtureSweepPlugin : PluginBase
{
    /// <summary>Dataverse passes the step's configuration strings; the sweep has none.</summary>
    public RunNurtureSweepPlugin(string? unsecureConfiguration, string? secureConfiguration)
        : base(unsecureConfiguration, secureConfiguration)
    {
    }

    /// <inheritdoc />
    protected override void ExecuteCore(ILocalPluginContext context)
    {
        var execution = context.PluginExecutionContext;
        var request = SweepRequest.From(execution.InputParameters);
        var options = NurtureSweepOptions.Default with
        {
            DryRun = request.DryRun,
            RuleId = request.RuleId,
            RecoverFromDuplicateKeys = !execution.IsInTransaction,
        };
        var clock = request.AsOf is { } asOf ? new FixedClock(asOf) : context.Clock;

        // Dataverse offers no stopwatch, so the budget is measured in real elapsed time; LocalOrg under a cost
        // model offers one on modeled time, so the budget holds as it would in Dataverse.
        var stopwatch = context.OptionalService<ISweepStopwatch>() ?? new SystemSweepStopwatch();
        var result = new NurtureSweep(context.SystemOrganizationService, clock, context.Trace, options, stopwatch).Run(request.ContinuationToken);

        execution.OutputParameters[RunNurtureSweepApi.Outputs.Summary] = result.Summary.ToJson();
        execution.OutputParameters[RunNurtureSweepApi.Outputs.ContinuationToken] = result.ContinuationToken ?? string.Empty;
        execution.OutputParameters[RunNurtureSweepApi.Outputs.Completed] = result.Completed;
    }
}
