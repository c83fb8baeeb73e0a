using System;
using CrmJourney.Plugins.Schema;
using Microsoft.Xrm.Sdk;
using EngagementStatus = CrmJourney.Domain.Engagements.EngagementStatus;

namespace CrmJourney.Plugins.Opportunities;

/// <summary>
/// The engagement a won opportunity starts: named after the opportunity, for its account (the
/// customer when that is an account, else the parent account), in its service line, Active from the
/// close date, worth the actual revenue, linked back to the opportunity so a repeated win finds it.
/// An opportunity without an account or a service line cannot start an engagement; the win is refused
/// with what to fill in.
/// </summary>
public static class WonEngagementMapper
{
    /// <summary>The new cjp_engagement row for <paramref name="won"/>.</summary>
    public static Entity ToNewEngagement(WonOpportunity won, Guid opportunityId, DateTime startedOn, decimal value)
    {
        var opportunity = won.Opportunity;
        var name = opportunity.GetAttributeValue<string>(Opportunity.Columns.Name) ?? "Won opportunity";
        var customer = opportunity.GetAttributeValue<EntityReference>(Opportunity.Columns.CustomerId);
        var account = customer?.LogicalName == Account.LogicalName ? customer : opportunity.GetAttributeValue<EntityReference>(Opportunity.Columns.ParentAccountId);
        if (account == null)
        {
            throw new InvalidPluginExecutionException($"The opportunity \"{name}\" has no account, so its engagement cannot be created: set its Account (or an account as its customer) and close it as won again.");
        }

        var serviceLine = opportunity.GetAttributeValue<EntityReference>(Opportunity.Columns.ServiceLineId)
            ?? throw new InvalidPluginExecutionException($"The opportunity \"{name}\" has no service line, so its engagement cannot be created: set its Service line and close it as won again.");

        return new Entity(Engagement.LogicalName)
        {
            [Engagement.Columns.Name] = name,
            [Engagement.Columns.AccountId] = new EntityReference(Account.LogicalName, account.Id),
            [Engagement.Columns.ServiceLineId] = new EntityReference(ServiceLine.LogicalName, serviceLine.Id),
            [Engagement.Columns.Status] = Choices.ToOptionSetValue(EngagementStatus.Active),
            [Engagement.Columns.StartedOn] = startedOn,
            [Engagement.Columns.Value] = new Money(value),
            [Engagement.Columns.OpportunityId] = new EntityReference(Opportunity.LogicalName, opportunityId),
        };
    }
}
