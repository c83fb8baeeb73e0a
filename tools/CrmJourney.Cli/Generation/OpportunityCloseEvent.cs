using System;
using CrmJourney.Plugins.Schema;
using Microsoft.Crm.Sdk.Messages;
using Microsoft.Xrm.Sdk;

namespace CrmJourney.Cli.Generation;

/// <summary>
/// An opportunity closed as won (Win, status reason Won) or lost (Lose, with the status reason that
/// says why: Canceled is read as "not now", Out-Sold as "no way" by the shipped Lose step).
/// </summary>
/// <param name="When">When.</param>
/// <param name="OpportunityId">The opportunity.</param>
/// <param name="Won">True for a win.</param>
/// <param name="StatusReason">The opportunity's status reason after closing.</param>
/// <param name="Revenue">The actual revenue (wins).</param>
public sealed record OpportunityCloseEvent(DateTime When, Guid OpportunityId, bool Won, int StatusReason, decimal Revenue)
    : HistoryEvent(When, Won ? HistoryEventKind.Win : HistoryEventKind.Loss)
{
    /// <summary>Opportunity status reason Won (state Won).</summary>
    public const int WonStatus = 3;

    /// <summary>Opportunity status reason Canceled (state Lost): the shipped Lose step reads it as "not now".</summary>
    public const int NotNowStatus = 4;

    /// <summary>Opportunity status reason Out-Sold (state Lost): the shipped Lose step reads it as "no way".</summary>
    public const int NoWayStatus = 5;

    /// <inheritdoc />
    public override OrganizationRequest ToRequest(IOrganizationService service)
    {
        var close = new Entity(OpportunityClose.LogicalName)
        {
            [OpportunityClose.Columns.OpportunityId] = new EntityReference(Opportunity.LogicalName, OpportunityId),
            [OpportunityClose.Columns.Subject] = Won ? "Won" : "Lost",
            [OpportunityClose.Columns.ActualEnd] = When,
        };
        if (Won)
        {
            close[OpportunityClose.Columns.ActualRevenue] = new Money(Revenue);
            return new WinOpportunityRequest { OpportunityClose = close, Status = new OptionSetValue(StatusReason) };
        }

        return new LoseOpportunityRequest { OpportunityClose = close, Status = new OptionSetValue(StatusReason) };
    }
}
