using System.Linq;
using CrmJourney.Domain.Referrals;
using CrmJourney.Plugins.Mapping;
using CrmJourney.Plugins.Registration;
using CrmJourney.Plugins.Schema;

namespace CrmJourney.Plugins.Referrals;

/// <summary>
/// Logs a referral when a lead or opportunity names a referrer (account, or contact — whose parent
/// account is credited): one cjp_referral per (referrer, referred) pair — a pair already logged is a
/// no-op (<see cref="ReferralLedger.Log"/>), checked in the same read as the referrer — the
/// referrer's stage at the time, the referrer account's counters, and then the Referral-thanks rule's
/// task for the referrer's relationship partner (<see cref="ReferralThanks"/>). Synchronous
/// post-operation: the referral is saved with the lead or opportunity, or not at all.
/// </summary>
[PluginStep(MessageNames.Create, Lead.LogicalName, PipelineStage.PostOperation, Id = "bebb51da-45d0-4e18-bddb-fb598803eb37",
    PostImageAttributes = LeadColumns, Description = "Logs the referral of a new lead that names a referrer and thanks the referrer.")]
[PluginStep(MessageNames.Update, Lead.LogicalName, PipelineStage.PostOperation, Id = "5693642f-e6a2-42f2-90c5-898603a5adb3",
    FilteringAttributes = Lead.Columns.ReferredByAccountId + "," + Lead.Columns.ReferredByContactId, PostImageAttributes = LeadColumns,
    Description = "Logs the referral when a lead's referrer is set or changed.")]
[PluginStep(MessageNames.Create, Opportunity.LogicalName, PipelineStage.PostOperation, Id = "4904b824-3cc4-4263-b7c9-bcc4fede619d",
    PostImageAttributes = OpportunityColumns, Description = "Logs the referral of a new opportunity that names a referrer and thanks the referrer.")]
[PluginStep(MessageNames.Update, Opportunity.LogicalName, PipelineStage.PostOperation, Id = "e8b32b0d-82ba-4498-9f27-dc7c7d84c29d",
    FilteringAttributes = Opportunity.Columns.ReferredByAccountId + "," + Opportunity.Columns.ReferredByContactId, PostImageAttributes = OpportunityColumns,
    Description = "Logs the referral when an opportunity's referrer is set or changed.")]
public sealed class ReferralLoggedPlugin : PluginBase
{
    private const string ReferrerColumns = Lead.Columns.ReferredByAccountId + "," + Lead.Columns.ReferredByContactId + "," + Lead.Columns.ReferralChannel;
    private const string LeadColumns = ReferrerColumns + "," + Lead.Columns.Subject + "," + Lead.Columns.FullName;
    private const string OpportunityColumns = ReferrerColumns + "," + Opportunity.Columns.Name;

    /// <summary>Dataverse's constructor; the steps take no configuration.</summary>
    public ReferralLoggedPlugin(string? unsecureConfiguration, string? secureConfiguration)
        : base(unsecureConfiguration, secureConfiguration)
    {
    }

    /// <inheritdoc />
    protected override void ExecuteCore(ILocalPluginContext context)
    {
        var referral = ReferralEventReader.Read(context.PluginExecutionContext);
        if (referral == null)
        {
            context.Trace("The row names no referrer: no referral to log.");
            return;
        }

        var service = context.SystemOrganizationService;
        var referrer = ReferralQueries.ReadReferrer(service, referral);
        var candidate = new Domain.Referrals.Referral(
            referrer.Account?.Id ?? referral.ReferrerAccount?.Id, referral.ReferrerContact?.Id, referral.Kind, referral.ReferredId, context.Clock.UtcNow, referral.Channel,
            referrerStageAtTime: referrer.Account == null ? null : AccountMapper.Stage(referrer.Account));
        var counters = referrer.Account == null ? ReferrerCounters.None : ReferralMapper.CountersFrom(referrer.Account);
        var result = ReferralLedger.Log(referrer.ExistingForPair.Select(r => r.Referral), candidate, counters);
        if (result.ToCreate is not { } toCreate)
        {
            context.Trace("This referrer's referral of this record is already logged.");
            return;
        }

        var referralId = service.Create(ReferralMapper.ToNewRow(toCreate, referral.ReferredName));
        if (referrer.Account is { } account)
        {
            service.Update(ReferralMapper.ToCountersUpdate(account.Id, result.Counters));
            ReferralThanks.Fire(service, ReferralQueries.ReadThanksRules(service, account.Id), referral, NurtureCandidateMapper.ToCandidate(account), referralId, context.Clock, context.Trace);
        }
    }
}
