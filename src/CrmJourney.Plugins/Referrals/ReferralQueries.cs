using System;
using System.Collections.Generic;
using System.Linq;
using CrmJourney.Domain.Referrals;
using CrmJourney.Domain.Rules;
using CrmJourney.Domain.Rules.Evaluators;
using CrmJourney.Plugins.Mapping;
using CrmJourney.Plugins.Schema;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;
using LogTable = CrmJourney.Plugins.Schema.NurtureLog;
using ReferralTable = CrmJourney.Plugins.Schema.Referral;
using RuleTable = CrmJourney.Plugins.Schema.NurtureRule;

namespace CrmJourney.Plugins.Referrals;

/// <summary>
/// The referral step's reads. The referrer read is one request: the credited account (the given
/// account, or the referring contact's parent account through an inner link) with its snapshot and
/// counters, and — through an outer link — the referrals already logged for this referrer and this
/// lead or opportunity, so a duplicate pair is seen without a second request. The thank-you rules
/// are a second request: the active Referral-thanks rules with their earlier firings for the account
/// (and whether each firing's task is still open), for cooldowns.
/// </summary>
public static class ReferralQueries
{
    private const string ContactAlias = "contact";
    private const string PairAlias = "pair";
    private const string FiringAlias = "firing";
    private const string FiringTaskAlias = "firingtask";

    /// <summary>The referrer of <paramref name="referral"/>.</summary>
    public static Referrer ReadReferrer(IOrganizationService service, ReferralEvent referral)
    {
        var query = new QueryExpression(Account.LogicalName)
        {
            ColumnSet = new ColumnSet(NurtureCandidateMapper.Columns().Concat(ReferralMapper.CounterColumns()).ToArray()),
        };
        if (referral.ReferrerAccount != null)
        {
            query.Criteria.AddCondition(Account.Columns.AccountId, ConditionOperator.Equal, referral.ReferrerAccount.Id);
        }
        else
        {
            var contact = query.AddLink(Contact.LogicalName, Account.Columns.AccountId, Contact.Columns.ParentCustomerId, JoinOperator.Inner);
            contact.EntityAlias = ContactAlias;
            contact.LinkCriteria.AddCondition(Contact.Columns.ContactId, ConditionOperator.Equal, referral.ReferrerContact!.Id);
        }

        var pair = query.AddLink(ReferralTable.LogicalName, Account.Columns.AccountId, ReferralTable.Columns.ReferrerAccountId, JoinOperator.LeftOuter);
        pair.EntityAlias = PairAlias;
        pair.Columns = new ColumnSet(ReferralMapper.Columns());
        pair.LinkCriteria.AddCondition(ReferredColumn(referral.Kind), ConditionOperator.Equal, referral.ReferredId);

        var rows = service.RetrieveMultiple(query).Entities;
        if (rows.Count > 0)
        {
            return new Referrer(rows[0], rows.Select(row => ReferralMapper.FromLinkedRow(row, PairAlias)).OfType<StoredReferral>().ToList());
        }

        return new Referrer(null, referral.ReferrerContact == null ? new List<StoredReferral>() : ReadContactOnlyPair(service, referral));
    }

    /// <summary>The active Referral-thanks rules (as drafts, by id) and their earlier firings for <paramref name="accountId"/>.</summary>
    public static ThanksRules ReadThanksRules(IOrganizationService service, Guid accountId)
    {
        var query = new QueryExpression(RuleTable.LogicalName) { ColumnSet = new ColumnSet(NurtureRuleMapper.Columns()) };
        query.Criteria.AddCondition(RuleTable.Columns.StateCode, ConditionOperator.Equal, 0);
        query.Criteria.AddCondition(RuleTable.Columns.RuleType, ConditionOperator.Equal, Choices.ToOptionSetValue(NurtureRuleType.ReferralThanks).Value);
        var firing = query.AddLink(LogTable.LogicalName, RuleTable.Columns.NurtureRuleId, LogTable.Columns.NurtureRuleId, JoinOperator.LeftOuter);
        firing.EntityAlias = FiringAlias;
        firing.Columns = new ColumnSet(LogTable.Columns.Window, LogTable.Columns.FiredOn, LogTable.Columns.AssignedToId);
        firing.LinkCriteria.AddCondition(LogTable.Columns.AccountId, ConditionOperator.Equal, accountId);
        var task = firing.AddLink(Task.LogicalName, LogTable.Columns.TaskId, Task.Columns.ActivityId, JoinOperator.LeftOuter);
        task.EntityAlias = FiringTaskAlias;
        task.Columns = new ColumnSet(Task.Columns.StateCode);

        var rows = service.RetrieveMultiple(query).Entities;
        var drafts = rows.GroupBy(row => row.Id).Select(g => NurtureRuleMapper.ToDraft(g.First(), g.Key)).ToList();
        var firings = rows
            .Where(row => LinkedColumns.Value<string>(row, FiringAlias, LogTable.Columns.Window) != null)
            .Select(row => new PriorFiring(
                row.Id,
                accountId,
                LinkedColumns.Value<string>(row, FiringAlias, LogTable.Columns.Window)!,
                LinkedColumns.Value<DateTime?>(row, FiringAlias, LogTable.Columns.FiredOn) ?? DateTime.MinValue,
                LinkedColumns.Value<OptionSetValue>(row, FiringTaskAlias, Task.Columns.StateCode)?.Value == ActivityStateCodes.Open,
                LinkedColumns.Value<EntityReference>(row, FiringAlias, LogTable.Columns.AssignedToId)?.Id))
            .ToList();
        return new ThanksRules(drafts, firings);
    }

    // A contact with no parent account is the referrer itself: its pair is found by the pair key.
    private static List<StoredReferral> ReadContactOnlyPair(IOrganizationService service, ReferralEvent referral)
    {
        var query = new QueryExpression(ReferralTable.LogicalName) { ColumnSet = new ColumnSet(ReferralMapper.Columns()) };
        query.Criteria.AddCondition(ReferralTable.Columns.PairKey, ConditionOperator.Equal, ReferralPairKey.For(null, referral.ReferrerContact?.Id, referral.Kind, referral.ReferredId));
        return service.RetrieveMultiple(query).Entities.Select(ReferralMapper.FromRow).ToList();
    }

    private static string ReferredColumn(ReferredKind kind) =>
        kind == ReferredKind.Lead ? ReferralTable.Columns.ReferredLeadId : ReferralTable.Columns.ReferredOpportunityId;
}
