using System;
using CrmJourney.Plugins.Mapping;
using CrmJourney.Plugins.Schema;
using Microsoft.Xrm.Sdk;

namespace CrmJourney.Plugins.Opportunities;

/// <summary>
/// Reads the Win and Lose parameters: the opportunityclose entity ("OpportunityClose", naming the
/// opportunity, the actual revenue and the close date) and the status reason ("Status").
/// </summary>
public static class OpportunityCloseReader
{
    /// <summary>The opportunityclose entity; a Win or Lose without one is refused, since the platform always sends it.</summary>
    public static Entity Close(IPluginExecutionContext context) =>
        context.InputParameters.TryGetValue(ParameterNames.OpportunityClose, out var close) && close is Entity entity
            ? entity
            : throw new InvalidPluginExecutionException($"{context.MessageName} of an opportunity needs the opportunity close activity; close the opportunity from the Close as Won or Close as Lost dialog.");

    /// <summary>The closed opportunity: the close's opportunityid, else the step's primary row.</summary>
    public static Guid OpportunityId(IPluginExecutionContext context, Entity close) =>
        close.GetAttributeValue<EntityReference>(OpportunityClose.Columns.OpportunityId)?.Id is { } id && id != Guid.Empty ? id : context.PrimaryEntityId;

    /// <summary>The status reason the opportunity was closed with, or null when the caller sent none.</summary>
    public static int? StatusReason(IPluginExecutionContext context) =>
        context.InputParameters.TryGetValue(ParameterNames.Status, out var status) && status is OptionSetValue value ? value.Value : null;

    /// <summary>The actual revenue on the close, or null.</summary>
    public static decimal? ActualRevenue(Entity close) => close.GetAttributeValue<Money>(OpportunityClose.Columns.ActualRevenue)?.Value;

    /// <summary>The close date on the close activity, or null.</summary>
    public static DateTime? ClosedOn(Entity close) => close.GetAttributeValue<DateTime?>(OpportunityClose.Columns.ActualEnd);
}
