namespace Microsoft.Xrm.Sdk.Messages;

/// <summary>Deletes a record. A view over <see cref="Microsoft.Xrm.Sdk.OrganizationRequest.Parameters"/>: equivalent to a generic request named "Delete" with the same parameters.</summary>
public sealed class DeleteRequest : OrganizationRequest
{
    /// <summary>A Delete request with its parameters present and empty.</summary>
    public DeleteRequest()
    {
        RequestName = "Delete";
        Target = null;
    }

    /// <summary>The record to delete. Parameter "Target".</summary>
    public EntityReference Target
    {
        get => GetParameter<EntityReference>("Target");
        set => Parameters["Target"] = value;
    }

    /// <summary>Whether the row version must match. Parameter "ConcurrencyBehavior".</summary>
    public ConcurrencyBehavior ConcurrencyBehavior
    {
        get => GetParameter<ConcurrencyBehavior>("ConcurrencyBehavior");
        set => Parameters["ConcurrencyBehavior"] = value;
    }
}
