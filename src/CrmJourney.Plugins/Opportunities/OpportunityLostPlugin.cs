using CrmJourney.Domain.Journey;
using CrmJourney.Plugins.Mapping;
using CrmJourney.Plugins.Registration;
using CrmJourney.Plugins.Schema;
using Microsoft.Xrm.Sdk;

namespace CrmJourney.Plugins.Opportunities;

/// <summary>
/// When an opportunity is lost, records the prospect's outcome on its account — Not now (with a
/// revisit date) or No way — mapped from the status reason by the step's configuration
/// (<see cref="LoseOutcomeConfiguration"/>). Whether the account is affected at all is the domain's
/// call (<see cref="ProspectLoss"/>: only prospects). Synchronous post-operation, so a failure keeps
/// the opportunity open.
/// </summary>
[PluginStep(MessageNames.Lose, Opportunity.LogicalName, PipelineStage.PostOperation,
    Id = LoseStepId,
    UnsecureConfiguration = LoseOutcomeConfiguration.Default,
    Description = "Sets a prospect's outcome (Not now with a revisit date, or No way) from the status reason of a lost opportunity.")]
public sealed class OpportunityLostPlugin : PluginBase
{
    /// <summary>The step's registration id; the initialization from history reads its configuration by it.</summary>
    public const string LoseStepId = "6c9e7f87-77c8-4861-a4b8-2cbc50a009b9";

    private readonly LoseOutcomeConfiguration _configuration;

    /// <summary>Dataverse's constructor; the unsecure configuration is the status-reason mapping (JSON).</summary>
    public OpportunityLostPlugin(string? unsecureConfiguration, string? secureConfiguration)
        : base(unsecureConfiguration, secureConfiguration)
    {
        _configuration = LoseOutcomeConfiguration.Parse(unsecureConfiguration);
    }

    /// <inheritdoc />
    protected override void ExecuteCore(ILocalPluginContext context)
    {
        if (!_configuration.IsValid)
        {
            throw new InvalidPluginExecutionException(
                "The Lose step of the client-journey plugins is misconfigured: " + string.Join(" ", _configuration.Problems)
                + " An administrator must correct the step's unsecure configuration in the plugin registration.");
        }

        var execution = context.PluginExecutionContext;
        var opportunityId = OpportunityCloseReader.OpportunityId(execution, OpportunityCloseReader.Close(execution));
        var account = OpportunityQueries.ReadLostAccount(context.SystemOrganizationService, opportunityId);
        if (account == null)
        {
            context.Trace("The lost opportunity has no account: no prospect outcome to set.");
            return;
        }

        var status = OpportunityCloseReader.StatusReason(execution);
        var result = ProspectLoss.Apply(account.Stage, status is int s ? _configuration.OutcomeFor(s) : null, context.Clock.UtcNow, _configuration.RevisitAfterDays);
        context.Trace(result.Reason);
        if (result.Changes)
        {
            context.SystemOrganizationService.Update(new Entity(Account.LogicalName, account.AccountId)
            {
                [Account.Columns.ProspectOutcome] = Choices.ToOptionSetValue(result.Outcome!.Value),
                [Account.Columns.RevisitOn] = result.RevisitOn,
            });
        }
    }
}
