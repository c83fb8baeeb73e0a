using System;
using CrmJourney.Domain.Time;
using CrmJourney.Plugins.Mapping;
using CrmJourney.Plugins.Registration;
using CrmJourney.Plugins.Sweep;
using Microsoft.Xrm.Sdk;

namespace CrmJourney.Plugins.Initialization;

/// <summary>
/// The cjp_InitializeJourney custom API: reads AsOf, DryRun, EngagementLengthDays, FallbackServiceLineId and
/// ContinuationToken, runs one bounded call of <see cref="JourneyInitialization"/> as SYSTEM (it writes every
/// account; a dry run reads as the caller) for callers holding <see cref="InitializeJourneyApi.ExecutePrivilegeName"/>,
/// and returns Summary (JSON), ContinuationToken and Completed. Inside Dataverse's transaction a clash with a concurrent
/// initialization cannot be recovered from, so it is reported and the caller repeats the call.
/// </summary>
[CustomApi(InitializeJourneyApi.UniqueName, PluginTypeId = InitializeJourneyApi.PluginTypeId, ExecutePrivilegeName = InitializeJourneyApi.ExecutePrivilegeName, Description = "Gives every active account without a journey stage its stage, engagements, counters and history from what the organization already holds; resumable.")]
public sealed class InitializeJourneyPlugin : PluginBase
{
    /// <summary>Dataverse passes the step's configuration strings; the API has none.</summary>
    public InitializeJourneyPlugin(string? unsecureConfiguration, string? secureConfiguration)
        : base(unsecureConfiguration, secureConfiguration)
    {
    }

    /// <inheritdoc />
    protected override void ExecuteCore(ILocalPluginContext context)
    {
        var execution = context.PluginExecutionContext;
        var inputs = execution.InputParameters;
        var asOf = Read<DateTime?>(inputs, InitializeJourneyApi.Inputs.AsOf, "a date and time");
        var dryRun = Read<bool?>(inputs, InitializeJourneyApi.Inputs.DryRun, "true or false") ?? false;
        var length = Read<int?>(inputs, InitializeJourneyApi.Inputs.EngagementLengthDays, "a whole number of days");
        if (length is { } days && (days < 1 || days > 3650))
        {
            throw new InvalidPluginExecutionException($"The {InitializeJourneyApi.Inputs.EngagementLengthDays} parameter of {InitializeJourneyApi.UniqueName} must be 1 to 3,650 days; it was {days}.");
        }

        var fallback = Read<Guid?>(inputs, InitializeJourneyApi.Inputs.FallbackServiceLineId, "a service line id (Guid)");
        var token = Read<string>(inputs, InitializeJourneyApi.Inputs.ContinuationToken, "text");
        var options = JourneyInitializationOptions.Default with
        {
            DryRun = dryRun,
            EngagementLengthDays = length ?? Domain.Initialization.InitializationPolicy.DefaultEngagementLengthDays,
            FallbackServiceLineId = fallback is { } id && id != Guid.Empty ? id : null,
            RecoverFromDuplicateKeys = !execution.IsInTransaction,
        };
        var clock = asOf is { } at ? new FixedClock(at.Kind == DateTimeKind.Local ? at.ToUniversalTime() : DateTime.SpecifyKind(at, DateTimeKind.Utc)) : context.Clock;
        var service = dryRun ? context.OrganizationService : context.SystemOrganizationService;
        var stopwatch = context.OptionalService<ISweepStopwatch>() ?? new SystemSweepStopwatch();
        var result = new JourneyInitialization(service, clock, context.Trace, options, stopwatch).Run(string.IsNullOrWhiteSpace(token) ? null : token);

        execution.OutputParameters[InitializeJourneyApi.Outputs.Summary] = result.Summary.ToJson();
        execution.OutputParameters[InitializeJourneyApi.Outputs.ContinuationToken] = result.ContinuationToken ?? string.Empty;
        execution.OutputParameters[InitializeJourneyApi.Outputs.Completed] = result.Completed;
    }

    private static T? Read<T>(ParameterCollection inputs, string name, string expected) => CustomApiInputs.Read<T>(inputs, name, InitializeJourneyApi.UniqueName, expected);
}
