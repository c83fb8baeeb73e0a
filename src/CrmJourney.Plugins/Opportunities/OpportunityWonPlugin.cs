using CrmJourney.Domain.Referrals;
using CrmJourney.Plugins.Mapping;
using CrmJourney.Plugins.Registration;
using CrmJourney.Plugins.Schema;
using Microsoft.Xrm.Sdk;

namespace CrmJourney.Plugins.Opportunities;

/// <summary>
/// When an opportunity is won: creates its engagement unless one already names the opportunity (a
/// repeated or retried win), which in turn moves the account's stage through the engagement plugin;
/// and marks the opportunity's referrals Won with the actual revenue, crediting each referrer account
/// once (<see cref="ReferralLedger.MarkWon"/>). Synchronous post-operation: a refused engagement keeps
/// the opportunity open.
/// </summary>
[PluginStep(MessageNames.Win, Opportunity.LogicalName, PipelineStage.PostOperation,
    Id = "9a14f393-cdfe-4e49-9cb7-17cc0995d4a0",
    Description = "Creates the engagement of a won opportunity and credits its referral as won.")]
public sealed class OpportunityWonPlugin : PluginBase
{
    /// <summary>Dataverse's constructor; the step takes no configuration.</summary>
    public OpportunityWonPlugin(string? unsecureConfiguration, string? secureConfiguration)
        : base(unsecureConfiguration, secureConfiguration)
    {
    }

    /// <inheritdoc />
    protected override void ExecuteCore(ILocalPluginContext context)
    {
        var execution = context.PluginExecutionContext;
        var service = context.SystemOrganizationService;
        var close = OpportunityCloseReader.Close(execution);
        var opportunityId = OpportunityCloseReader.OpportunityId(execution, close);
        var won = OpportunityQueries.ReadWon(service, opportunityId)
            ?? throw new InvalidPluginExecutionException($"The won opportunity {opportunityId} no longer exists; refresh the page and try again.");
        var value = OpportunityCloseReader.ActualRevenue(close) ?? won.Opportunity.GetAttributeValue<Money>(Opportunity.Columns.ActualValue)?.Value ?? 0m;

        if (!won.HasEngagement)
        {
            service.Create(WonEngagementMapper.ToNewEngagement(won, opportunityId, OpportunityCloseReader.ClosedOn(close) ?? context.Clock.UtcNow, value));
        }

        foreach (var referral in won.Referrals)
        {
            var update = ReferralLedger.MarkWon(referral.Stored.Referral, value, referral.Counters);
            if (update.Changed)
            {
                service.Update(ReferralMapper.ToStatusUpdate(referral.Stored.Id, update.Referral));
            }

            if (update.Counters != referral.Counters && update.Referral.ReferrerAccountId is { } referrerId)
            {
                service.Update(ReferralMapper.ToCountersUpdate(referrerId, update.Counters));
            }
        }
    }
}
