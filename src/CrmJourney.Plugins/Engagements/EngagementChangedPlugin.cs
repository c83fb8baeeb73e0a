using CrmJourney.Domain.Engagements;
using CrmJourney.Domain.Journey;
using CrmJourney.Plugins.Journey;
using CrmJourney.Plugins.Mapping;
using CrmJourney.Plugins.Registration;

namespace CrmJourney.Plugins.Engagements;

/// <summary>
/// Keeps an account's engagement counters and journey stage in step with its engagements: after an
/// engagement is created, changed (status, dates, account, service line) or deleted, it re-reads the
/// affected accounts with all their engagements (one query), recomputes the counters
/// (<see cref="EngagementSummary"/>) and the stage (<see cref="JourneyRecorder.Recompute"/>), and writes
/// the account plus one cjp_stagetransition per stage move, naming the engagement and the user.
/// Synchronous post-operation, so a failure rolls the engagement change back with it.
/// </summary>
[PluginStep(MessageNames.Create, Schema.Engagement.LogicalName, PipelineStage.PostOperation,
    Id = CreateStepId,
    Description = "Recomputes the account's engagement counters and journey stage after an engagement is created.")]
[PluginStep(MessageNames.Update, Schema.Engagement.LogicalName, PipelineStage.PostOperation,
    Id = "49af0781-707c-4f97-a3a9-fec31a3b65e9",
    FilteringAttributes = Schema.Engagement.Columns.Status + "," + Schema.Engagement.Columns.EndedOn + "," + Schema.Engagement.Columns.StartedOn + "," + Schema.Engagement.Columns.AccountId + "," + Schema.Engagement.Columns.ServiceLineId,
    PreImageAttributes = Schema.Engagement.Columns.AccountId,
    PostImageAttributes = Schema.Engagement.Columns.AccountId,
    Description = "Recomputes the counters and stage of the engagement's account (old and new when the account changes).")]
[PluginStep(MessageNames.Delete, Schema.Engagement.LogicalName, PipelineStage.PostOperation,
    Id = "aba8491b-59f3-4da7-88be-d6b5ea05089b",
    PreImageAttributes = Schema.Engagement.Columns.AccountId,
    Description = "Recomputes the counters and stage of the account a deleted engagement belonged to.")]
public sealed class EngagementChangedPlugin : PluginBase
{
    /// <summary>The Create step's registration id; the initialization from history bypasses it, recomputing itself.</summary>
    public const string CreateStepId = "1d248b5c-6f63-49f2-b70b-1807883ead62";

    /// <summary>Dataverse's constructor; the step takes no configuration.</summary>
    public EngagementChangedPlugin(string? unsecureConfiguration, string? secureConfiguration)
        : base(unsecureConfiguration, secureConfiguration)
    {
    }

    /// <inheritdoc />
    protected override void ExecuteCore(ILocalPluginContext context)
    {
        var execution = context.PluginExecutionContext;
        var accountIds = AffectedAccounts.Of(execution);
        if (accountIds.Count == 0)
        {
            context.Trace("The engagement belongs to no account: no counters to recompute.");
            return;
        }

        // A deleted engagement can no longer be referenced by the history row it causes.
        var cause = execution.MessageName == MessageNames.Delete ? (System.Guid?)null : execution.PrimaryEntityId;
        var now = context.Clock.UtcNow;
        var service = context.SystemOrganizationService;
        foreach (var account in EngagementQueries.ReadAccounts(service, accountIds))
        {
            var summary = EngagementSummary.From(account.Engagements);
            var state = AccountMapper.ToJourneyState(account.Account, now);
            var step = JourneyRecorder.Recompute(state, AccountMapper.ToFacts(account.Account, summary), now, cause, execution.InitiatingUserId);
            context.Trace($"Account {account.Account.Id}: {step.Result.Reason}");
            JourneyWriter.Write(service, account.Account, summary, step);
        }
    }
}
