using CrmJourney.Domain.Journey;
using CrmJourney.Plugins.Mapping;
using CrmJourney.Plugins.Registration;
using CrmJourney.Plugins.Schema;

namespace CrmJourney.Plugins.Journey;

/// <summary>
/// Gives every new account a journey stage: an account created without cjp_journeystage enters as a
/// Prospect (<see cref="StageBirth"/>), and one without cjp_stageenteredon entered its stage now. A stage
/// the caller gave is kept. Synchronous pre-operation, so the values are part of the Create itself: no
/// request of its own; <see cref="AccountBirthLogPlugin"/> then writes the first history row.
/// </summary>
/// <remarks>
/// A Create step rather than a default value on the column, for two reasons. A column default sets a stage
/// without its history row or entry date, so the journey would start with a stage nobody entered. And a
/// default would also fill accounts brought in by a data import (which runs no plug-ins): they would look
/// like fresh prospects, hiding from <c>cjp init</c> exactly the accounts whose stage must be derived from
/// their history.
/// </remarks>
[PluginStep(MessageNames.Create, Account.LogicalName, PipelineStage.PreOperation,
    Id = "d651ccf8-22ca-4f80-b1ed-3fdb3b4e672b",
    Description = "Sets a new account's journey stage to Prospect (and its stage entry date) when the Create gives none.")]
public sealed class AccountBirthStagePlugin : PluginBase
{
    /// <summary>Dataverse's constructor; the step takes no configuration.</summary>
    public AccountBirthStagePlugin(string? unsecureConfiguration, string? secureConfiguration)
        : base(unsecureConfiguration, secureConfiguration)
    {
    }

    /// <inheritdoc />
    protected override void ExecuteCore(ILocalPluginContext context)
    {
        var target = PluginContextReader.TargetEntity(context.PluginExecutionContext);
        if (target == null)
        {
            return;
        }

        if (target.GetAttributeValue<Microsoft.Xrm.Sdk.OptionSetValue>(Account.Columns.JourneyStage) == null)
        {
            target[Account.Columns.JourneyStage] = Choices.ToOptionSetValue(StageBirth.DefaultStage);
            context.Trace("The account enters the journey as a prospect.");
        }

        if (target.GetAttributeValue<System.DateTime?>(Account.Columns.StageEnteredOn) == null)
        {
            target[Account.Columns.StageEnteredOn] = context.Clock.UtcNow;
        }
    }
}
