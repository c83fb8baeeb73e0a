using System;
using CrmJourney.LocalOrg.Faults;
using Microsoft.Xrm.Sdk;

namespace CrmJourney.LocalOrg.Messages;

/// <summary>Resolves an EntityReference (by id or alternate key) to an existing row's id, or faults as Dataverse does.</summary>
internal static class References
{
    public static Guid Resolve(MessageExecution execution, EntityReference reference)
    {
        var id = execution.Rows.ResolveId(reference.LogicalName, reference.Id, reference.KeyAttributes);
        if (id == Guid.Empty)
        {
            if (reference.KeyAttributes.Count > 0)
            {
                throw OrganizationFaults.Create(
                    ErrorCodes.ObjectDoesNotExist,
                    $"A record with the specified key values does not exist in {reference.LogicalName} entity");
            }

            throw OrganizationFaults.InvalidArgument($"The reference to '{reference.LogicalName}' has neither an id nor key attributes.");
        }

        if (!execution.Store.Table(reference.LogicalName).Contains(id))
        {
            throw OrganizationFaults.RowNotFound(reference.LogicalName, id);
        }

        return id;
    }
}
