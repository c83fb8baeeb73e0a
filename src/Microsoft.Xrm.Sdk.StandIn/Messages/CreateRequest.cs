namespace Microsoft.Xrm.Sdk.Messages;

/// <summary>Creates a record; the response carries the new id under "id". A view over <see cref="Microsoft.Xrm.Sdk.OrganizationRequest.Parameters"/>: equivalent to a generic request named "Create" with the same parameters.</summary>
public sealed class CreateRequest : OrganizationRequest
{
    /// <summary>A Create request with its parameters present and empty.</summary>
    public CreateRequest()
    {
        RequestName = "Create";
        Target = null;
    }

    /// <summary>The record to create. Parameter "Target".</summary>
    public Entity Target
    {
        get => GetParameter<Entity>("Target");
        set => Parameters["Target"] = value;
    }
}
