using CrmJourney.Domain.Journey;
using CrmJourney.Domain.Templates;
using CrmJourney.Plugins.Mapping;
using CrmJourney.Plugins.Registration;
using CrmJourney.Plugins.Schema;
using Microsoft.Xrm.Sdk;

namespace CrmJourney.Plugins.Journey;

/// <summary>
/// Checks a user's edit of an account's journey stage before it is saved: a move the
/// <see cref="ManualTransitionTable"/> forbids is refused with the table's reason (nothing is written),
/// an allowed move gets its cjp_stageenteredon stamped in the same write. Stages the product derived
/// itself pass untouched (see <see cref="StageWriteClassifier"/> for how they are told apart);
/// <see cref="ManualStageLogPlugin"/> logs the allowed move after the save.
/// </summary>
[PluginStep(MessageNames.Update, Account.LogicalName, PipelineStage.PreOperation,
    Id = "bdaeb436-8d21-4fba-bb80-2a1a0ca2281f",
    FilteringAttributes = Account.Columns.JourneyStage,
    PreImageAttributes = Account.Columns.JourneyStage + "," + Account.Columns.StageEnteredOn + "," + Account.Columns.CreatedOn,
    Description = "Refuses journey stage edits the manual transition table forbids and stamps the stage-entered date of allowed ones.")]
public sealed class ManualStageGuardPlugin : PluginBase
{
    /// <summary>Dataverse's constructor; the step takes no configuration.</summary>
    public ManualStageGuardPlugin(string? unsecureConfiguration, string? secureConfiguration)
        : base(unsecureConfiguration, secureConfiguration)
    {
    }

    /// <inheritdoc />
    protected override void ExecuteCore(ILocalPluginContext context)
    {
        var now = context.Clock.UtcNow;
        var change = StageWriteClassifier.ManualChange(context.PluginExecutionContext, now);
        if (change == null)
        {
            context.Trace("No manual stage change: the stage is not set, or the product derived it from the counters written with it.");
            return;
        }

        var step = change.Apply(now);
        if (step.Result.IsRefused)
        {
            throw new InvalidPluginExecutionException(
                $"The journey stage cannot be changed from {TemplateFormat.Stage(change.Before.Stage)} to {TemplateFormat.Stage(change.Requested)}: {step.Result.Reason}");
        }

        context.Trace(step.Result.Reason);
        if (step.Transition != null)
        {
            PluginContextReader.TargetEntity(context.PluginExecutionContext)![Account.Columns.StageEnteredOn] = step.State.StageEnteredOn;
        }
    }
}
