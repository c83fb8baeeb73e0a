namespace Microsoft.Xrm.Sdk.Messages;

/// <summary>Creates the record, or updates it when one with the same id or alternate key exists. A view over <see cref="Microsoft.Xrm.Sdk.OrganizationRequest.Parameters"/>: equivalent to a generic request named "Upsert" with the same parameters.</summary>
public sealed class UpsertRequest : OrganizationRequest
{
    /// <summary>A Upsert request with its parameters present and empty.</summary>
    public UpsertRequest()
    {
        RequestName = "Upsert";
        Target = null;
    }

    /// <summary>The record, identified by id or KeyAttributes. Parameter "Target".</summary>
    public Entity Target
    {
        get => GetParameter<Entity>("Target");
        set => Parameters["Target"] = value;
    }
}
