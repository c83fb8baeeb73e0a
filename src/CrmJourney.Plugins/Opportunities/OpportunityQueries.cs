using System;
using System.Linq;
using CrmJourney.Plugins.Mapping;
using CrmJourney.Plugins.Schema;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace CrmJourney.Plugins.Opportunities;

/// <summary>
/// The reads of the Win and Lose steps, one request each: a closed opportunity with what its close
/// affects — the engagement already created for it, its referrals with their referrer's counters, or
/// the account whose prospect outcome a loss sets.
/// </summary>
public static class OpportunityQueries
{
    private const string EngagementAlias = "engagement";
    private const string ReferralAlias = "referral";
    private const string ReferrerAlias = "referrer";
    private const string CustomerAlias = "customer";
    private const string ParentAlias = "parent";

    /// <summary>The won opportunity with its engagement (if any) and its referrals; null when it does not exist.</summary>
    public static WonOpportunity? ReadWon(IOrganizationService service, Guid opportunityId)
    {
        var query = new QueryExpression(Opportunity.LogicalName)
        {
            ColumnSet = new ColumnSet(
                Opportunity.Columns.Name,
                Opportunity.Columns.CustomerId,
                Opportunity.Columns.ParentAccountId,
                Opportunity.Columns.ServiceLineId,
                Opportunity.Columns.ActualValue),
        };
        query.Criteria.AddCondition(Opportunity.Columns.OpportunityId, ConditionOperator.Equal, opportunityId);
        var engagement = query.AddLink(Engagement.LogicalName, Opportunity.Columns.OpportunityId, Engagement.Columns.OpportunityId, JoinOperator.LeftOuter);
        engagement.EntityAlias = EngagementAlias;
        engagement.Columns = new ColumnSet(Engagement.Columns.EngagementId);
        var referral = query.AddLink(Referral.LogicalName, Opportunity.Columns.OpportunityId, Referral.Columns.ReferredOpportunityId, JoinOperator.LeftOuter);
        referral.EntityAlias = ReferralAlias;
        referral.Columns = new ColumnSet(ReferralMapper.Columns());
        var referrer = referral.AddLink(Account.LogicalName, Referral.Columns.ReferrerAccountId, Account.Columns.AccountId, JoinOperator.LeftOuter);
        referrer.EntityAlias = ReferrerAlias;
        referrer.Columns = new ColumnSet(ReferralMapper.CounterColumns());

        var rows = service.RetrieveMultiple(query).Entities;
        if (rows.Count == 0)
        {
            return null;
        }

        var referrals = rows
            .Select(row => new { Stored = ReferralMapper.FromLinkedRow(row, ReferralAlias), Counters = ReferralMapper.CountersFrom(row, ReferrerAlias) })
            .Where(r => r.Stored != null)
            .GroupBy(r => r.Stored!.Id)
            .Select(g => new ReferralToSettle(g.First().Stored!, g.First().Counters))
            .ToList();
        var hasEngagement = rows.Any(row => LinkedColumns.Value<Guid?>(row, EngagementAlias, Engagement.Columns.EngagementId) != null);
        return new WonOpportunity(rows[0], hasEngagement, referrals);
    }

    /// <summary>
    /// The account of a lost opportunity — its customer when that is an account, else its parent
    /// account — with the account's stage; null when the opportunity has no account.
    /// </summary>
    public static LostOpportunityAccount? ReadLostAccount(IOrganizationService service, Guid opportunityId)
    {
        var query = new QueryExpression(Opportunity.LogicalName) { ColumnSet = new ColumnSet(Opportunity.Columns.CustomerId, Opportunity.Columns.ParentAccountId) };
        query.Criteria.AddCondition(Opportunity.Columns.OpportunityId, ConditionOperator.Equal, opportunityId);
        AddAccountLink(query, CustomerAlias, Opportunity.Columns.CustomerId);
        AddAccountLink(query, ParentAlias, Opportunity.Columns.ParentAccountId);

        var row = service.RetrieveMultiple(query).Entities.FirstOrDefault();
        var alias = row == null ? null
            : LinkedColumns.Value<Guid?>(row, CustomerAlias, Account.Columns.AccountId) != null ? CustomerAlias
            : LinkedColumns.Value<Guid?>(row, ParentAlias, Account.Columns.AccountId) != null ? ParentAlias
            : null;
        if (row == null || alias == null)
        {
            return null;
        }

        var account = new Entity(Account.LogicalName, LinkedColumns.Value<Guid>(row, alias, Account.Columns.AccountId))
        {
            [Account.Columns.JourneyStage] = LinkedColumns.Value<OptionSetValue>(row, alias, Account.Columns.JourneyStage),
        };
        return new LostOpportunityAccount(account.Id, AccountMapper.Stage(account));
    }
    private static void AddAccountLink(QueryExpression query, string alias, string column)
    {
        var link = query.AddLink(Account.LogicalName, column, Account.Columns.AccountId, JoinOperator.LeftOuter);
        link.EntityAlias = alias;
        link.Columns = new ColumnSet(Account.Columns.AccountId, Account.Columns.JourneyStage);
    }
}
