using System;
using System.Linq;
using CrmJourney.LocalOrg.Faults;
using Microsoft.Xrm.Sdk;

namespace CrmJourney.LocalOrg.Messages;

/// <summary>Checks a CreateMultiple/UpdateMultiple batch: Targets present, one table, every item of that table.</summary>
internal static class BulkItems
{
    public static EntityCollection Targets(ParameterCollection parameters, string message)
    {
        var targets = Parameters.Required<EntityCollection>(parameters, "Targets");
        var table = TableOf(targets, message);
        if (targets.Entities.Any(entity => !string.Equals(entity.LogicalName, table, StringComparison.Ordinal)))
        {
            throw OrganizationFaults.InvalidArgument($"{message}: every item must be a '{table}'; one call works on one table.");
        }

        return targets;
    }

    public static string? TableOf(EntityCollection? targets, string message)
    {
        if (targets == null)
        {
            return null;
        }

        var table = targets.EntityName ?? targets.Entities.FirstOrDefault()?.LogicalName;
        if (string.IsNullOrEmpty(table))
        {
            throw OrganizationFaults.InvalidArgument($"{message}: Targets.EntityName is required.");
        }

        return table;
    }
}
