namespace Microsoft.Xrm.Sdk.Messages;

/// <summary>Writes the columns present on the target record. A view over <see cref="Microsoft.Xrm.Sdk.OrganizationRequest.Parameters"/>: equivalent to a generic request named "Update" with the same parameters.</summary>
public sealed class UpdateRequest : OrganizationRequest
{
    /// <summary>A Update request with its parameters present and empty.</summary>
    public UpdateRequest()
    {
        RequestName = "Update";
        Target = null;
    }

    /// <summary>The record with the columns to write. Parameter "Target".</summary>
    public Entity Target
    {
        get => GetParameter<Entity>("Target");
        set => Parameters["Target"] = value;
    }

    /// <summary>Whether the row version must match. Parameter "ConcurrencyBehavior".</summary>
    public ConcurrencyBehavior ConcurrencyBehavior
    {
        get => GetParameter<ConcurrencyBehavior>("ConcurrencyBehavior");
        set => Parameters["ConcurrencyBehavior"] = value;
    }
}
