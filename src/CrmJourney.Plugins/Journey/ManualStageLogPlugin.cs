using CrmJourney.Plugins.Mapping;
using CrmJourney.Plugins.Registration;
using CrmJourney.Plugins.Schema;

namespace CrmJourney.Plugins.Journey;

/// <summary>
/// Appends the one cjp_stagetransition row (trigger Manual, by the editing user) of a manual stage
/// change that <see cref="ManualStageGuardPlugin"/> let through. It re-derives the move from the
/// pre-image and the operation's clock, so it records exactly what the guard allowed; product writes
/// log their own transition and are skipped here (<see cref="StageWriteClassifier"/>), so no move is
/// logged twice. Synchronous post-operation: the row is part of the account's save.
/// </summary>
[PluginStep(MessageNames.Update, Account.LogicalName, PipelineStage.PostOperation,
    Id = "aeb3c632-e7b5-4dbf-8ac4-65c9addc367a",
    FilteringAttributes = Account.Columns.JourneyStage,
    PreImageAttributes = Account.Columns.JourneyStage + "," + Account.Columns.StageEnteredOn + "," + Account.Columns.CreatedOn,
    Description = "Logs a manual journey stage change as one stage transition with trigger Manual.")]
public sealed class ManualStageLogPlugin : PluginBase
{
    /// <summary>Dataverse's constructor; the step takes no configuration.</summary>
    public ManualStageLogPlugin(string? unsecureConfiguration, string? secureConfiguration)
        : base(unsecureConfiguration, secureConfiguration)
    {
    }

    /// <inheritdoc />
    protected override void ExecuteCore(ILocalPluginContext context)
    {
        var now = context.Clock.UtcNow;
        var step = StageWriteClassifier.ManualChange(context.PluginExecutionContext, now)?.Apply(now);
        if (step?.Transition == null)
        {
            context.Trace("Nothing to log: no manual stage change, or the stage did not move.");
            return;
        }

        context.SystemOrganizationService.Create(StageTransitionMapper.ToEntity(step.Transition));
    }
}
