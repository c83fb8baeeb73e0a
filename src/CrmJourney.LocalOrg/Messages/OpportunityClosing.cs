using System;
using CrmJourney.LocalOrg.Faults;
using CrmJourney.LocalOrg.Metadata;
using Microsoft.Xrm.Sdk;

namespace CrmJourney.LocalOrg.Messages;

/// <summary>
/// What WinOpportunity and LoseOpportunity share: the opportunity must be open; the opportunityclose
/// activity is recorded as completed; the opportunity moves to Won or Lost with the requested status
/// reason (-1 = the state's default) and gets its actual close date and value.
/// </summary>
internal static class OpportunityClosing
{
    public static Guid TargetId(OrganizationRequest request) =>
        Parameters.Optional<Entity>(request.Parameters, "OpportunityClose")?.GetAttributeValue<EntityReference>("opportunityid")?.Id ?? Guid.Empty;

    public static void Close(MessageExecution execution, int state, string action)
    {
        var close = Parameters.Required<Entity>(execution.InputParameters, "OpportunityClose");
        var status = Parameters.Required<OptionSetValue>(execution.InputParameters, "Status");
        var opportunityReference = close.GetAttributeValue<EntityReference>("opportunityid")
            ?? throw OrganizationFaults.InvalidArgument($"{action}: OpportunityClose.opportunityid is required.");
        var opportunityId = References.Resolve(execution, opportunityReference);
        var current = execution.Rows.Retrieve(StandardTableNames.Opportunity, opportunityId, new Microsoft.Xrm.Sdk.Query.ColumnSet(SystemColumns.StateCode));
        if (current.GetAttributeValue<OptionSetValue>(SystemColumns.StateCode)?.Value != 0)
        {
            throw OrganizationFaults.Create(ErrorCodes.InvalidState, $"{action}: the opportunity {opportunityId:D} is not open, so it cannot be closed.");
        }

        var activity = new Entity(StandardTableNames.OpportunityClose);
        foreach (var pair in close.Attributes)
        {
            activity[pair.Key] = pair.Value;
        }

        var closedOn = close.GetAttributeValue<DateTime?>("actualend") ?? execution.Now;
        activity["actualend"] = closedOn;
        activity[SystemColumns.StateCode] = new OptionSetValue(1);
        execution.Rows.Create(activity);

        var opportunity = new Entity(StandardTableNames.Opportunity, opportunityId)
        {
            [SystemColumns.StateCode] = new OptionSetValue(state),
            ["actualclosedate"] = closedOn,
        };
        if (status.Value != -1)
        {
            opportunity[SystemColumns.StatusCode] = new OptionSetValue(status.Value);
        }

        if (close.GetAttributeValue<Money>("actualrevenue") is { } revenue)
        {
            opportunity["actualvalue"] = new Money(revenue.Value);
        }

        execution.Rows.Update(opportunity);
    }
}
