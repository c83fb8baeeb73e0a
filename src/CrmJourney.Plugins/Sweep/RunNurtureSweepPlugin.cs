using CrmJourney.Domain.Time;
using CrmJourney.Plugins.Registration;

namespace CrmJourney.Plugins.Sweep;

/// <summary>
/// The cjp_RunNurtureSweep custom API: reads AsOf, DryRun, RuleId and ContinuationToken, runs one
/// bounded call of <see cref="NurtureSweep"/> as SYSTEM (the sweep writes tasks owned by other users; a dry
/// run reads as the caller instead), only for callers holding <see cref="RunNurtureSweepApi.ExecutePrivilegeName"/>
/// and returns Summary (JSON), ContinuationToken and Completed. Inside Dataverse's transaction a
/// duplicate-key fault cannot be recovered from, so a clash with a concurrent sweep is reported and the
/// caller repeats the call; everything else about the sweep is in the engine.
/// </summary>
[CustomApi(RunNurtureSweepApi.UniqueName, PluginTypeId = RunNurtureSweepApi.PluginTypeId, ExecutePrivilegeName = RunNurtureSweepApi.ExecutePrivilegeName, Description = "Runs one bounded, resumable call of the nurture sweep: dormancy moves, nurture tasks and partner digests.")]
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
        // A dry run is a preview for the caller: it reads as the caller, so it shows only rows the caller may read
        // and writes nothing. A real sweep runs as SYSTEM because it writes tasks owned by other users.
        var service = request.DryRun ? context.OrganizationService : context.SystemOrganizationService;

        // Dataverse offers no stopwatch, so the budget is measured in real elapsed time; LocalOrg under a cost
        // model offers one on modeled time, so the budget holds as it would in Dataverse.
        var stopwatch = context.OptionalService<ISweepStopwatch>() ?? new SystemSweepStopwatch();
        var result = new NurtureSweep(service, clock, context.Trace, options, stopwatch).Run(request.ContinuationToken);

        execution.OutputParameters[RunNurtureSweepApi.Outputs.Summary] = result.Summary.ToJson();
        execution.OutputParameters[RunNurtureSweepApi.Outputs.ContinuationToken] = result.ContinuationToken ?? string.Empty;
        execution.OutputParameters[RunNurtureSweepApi.Outputs.Completed] = result.Completed;
    }
}
