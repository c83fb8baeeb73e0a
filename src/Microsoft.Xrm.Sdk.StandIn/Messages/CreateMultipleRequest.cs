namespace Microsoft.Xrm.Sdk.Messages;

/// <summary>Creates several records of one table in one request. A view over <see cref="Microsoft.Xrm.Sdk.OrganizationRequest.Parameters"/>: equivalent to a generic request named "CreateMultiple" with the same parameters.</summary>
public sealed class CreateMultipleRequest : OrganizationRequest
{
    /// <summary>A CreateMultiple request with its parameters present and empty.</summary>
    public CreateMultipleRequest()
    {
        RequestName = "CreateMultiple";
        Targets = null;
    }

    /// <summary>The records to create (all of EntityName's table). Parameter "Targets".</summary>
    public EntityCollection Targets
    {
        get => GetParameter<EntityCollection>("Targets");
        set => Parameters["Targets"] = value;
    }
}
