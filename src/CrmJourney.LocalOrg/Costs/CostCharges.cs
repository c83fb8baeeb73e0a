using System;
using Microsoft.Xrm.Sdk;

namespace CrmJourney.LocalOrg.Costs;

/// <summary>
/// The modeled time of one counted request under a <see cref="DataverseCostModel"/>: the request, the rows
/// it writes (one for a single-row write, each target for a bulk message) and the rows its response returns.
/// The items a bulk message runs as children are part of it and are not charged again.
/// </summary>
internal static class CostCharges
{
    /// <summary>What a request costs before it runs: the request and the rows it writes.</summary>
    public static TimeSpan ForRequest(DataverseCostModel model, string messageName, OrganizationRequest request)
    {
        switch (messageName)
        {
            case "Create":
            case "Update":
            case "Upsert":
            case "Delete":
            case "SetState":
            case "Assign":
                return model.PerRequest + model.PerRowWritten;
            case "CreateMultiple":
            case "UpdateMultiple":
            case "UpsertMultiple":
                var targets = request.Parameters.TryGetValue("Targets", out var value) && value is EntityCollection collection ? collection.Entities.Count : 0;
                return model.PerRequest + TimeSpan.FromTicks(model.PerRowWrittenInBulk.Ticks * targets);
            default:
                return model.PerRequest;
        }
    }

    /// <summary>What the rows a response returns cost: a Retrieve's row, a RetrieveMultiple's page.</summary>
    public static TimeSpan ForResponse(DataverseCostModel model, OrganizationResponse response)
    {
        var rows = 0;
        foreach (var result in response.Results)
        {
            rows += result.Value switch
            {
                EntityCollection collection => collection.Entities.Count,
                Entity => 1,
                _ => 0,
            };
        }

        return TimeSpan.FromTicks(model.PerRowRead.Ticks * rows);
    }
}
