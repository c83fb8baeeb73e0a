using Microsoft.Xrm.Sdk;

namespace Microsoft.Crm.Sdk.Messages;

/// <summary>Gives a record to another user or team. A view over <see cref="Microsoft.Xrm.Sdk.OrganizationRequest.Parameters"/>: equivalent to a generic request named "Assign" with the same parameters.</summary>
public sealed class AssignRequest : OrganizationRequest
{
    /// <summary>A Assign request with its parameters present and empty.</summary>
    public AssignRequest()
    {
        RequestName = "Assign";
        Target = null;
        Assignee = null;
    }

    /// <summary>The record. Parameter "Target".</summary>
    public EntityReference Target
    {
        get => this.GetParameter<EntityReference>("Target");
        set => Parameters["Target"] = value;
    }

    /// <summary>The new owner (systemuser or team). Parameter "Assignee".</summary>
    public EntityReference Assignee
    {
        get => this.GetParameter<EntityReference>("Assignee");
        set => Parameters["Assignee"] = value;
    }
}
