using CrmJourney.Domain.Journey;
using CrmJourney.Plugins.Mapping;
using CrmJourney.Plugins.Registration;
using CrmJourney.Plugins.Schema;
using Microsoft.Xrm.Sdk;

namespace CrmJourney.Plugins.Journey;

/// <summary>
/// Writes a new account's first cjp_stagetransition row: from no stage to the stage it was created
/// with (<see cref="AccountBirthStagePlugin"/> has filled it in when the Create gave none), trigger
/// Created for a prospect or Imported for a later stage (<see cref="StageBirth"/>), on its stage entry
/// date. Synchronous post-operation: the row is part of the account's Create. Budget: 1 request.
/// </summary>
[PluginStep(MessageNames.Create, Account.LogicalName, PipelineStage.PostOperation,
    Id = "07ddfa98-b9bd-42f1-b385-9f4af649a114",
    Description = "Logs a new account's entry into the journey as its first stage transition.")]
public sealed class AccountBirthLogPlugin : PluginBase
{
    /// <summary>Dataverse's constructor; the step takes no configuration.</summary>
    public AccountBirthLogPlugin(string? unsecureConfiguration, string? secureConfiguration)
        : base(unsecureConfiguration, secureConfiguration)
    {
    }

    /// <inheritdoc />
    protected override void ExecuteCore(ILocalPluginContext context)
    {
        var execution = context.PluginExecutionContext;
        var target = PluginContextReader.TargetEntity(execution) ?? new Entity(Account.LogicalName);
        var birth = StageBirth.Of(
            execution.PrimaryEntityId,
            Choices.ToEnum<JourneyStage>(target.GetAttributeValue<OptionSetValue>(Account.Columns.JourneyStage)),
            target.GetAttributeValue<System.DateTime?>(Account.Columns.StageEnteredOn) ?? context.Clock.UtcNow);
        context.SystemOrganizationService.Create(StageTransitionMapper.ToEntryRow(birth.AccountId, birth.Stage, birth.OccurredOn, birth.Trigger));
    }
}
