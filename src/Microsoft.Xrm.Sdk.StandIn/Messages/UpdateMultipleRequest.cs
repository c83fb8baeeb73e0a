namespace Microsoft.Xrm.Sdk.Messages;

/// <summary>Updates several records of one table in one request. A view over <see cref="Microsoft.Xrm.Sdk.OrganizationRequest.Parameters"/>: equivalent to a generic request named "UpdateMultiple" with the same parameters.</summary>
public sealed class UpdateMultipleRequest : OrganizationRequest
{
    /// <summary>A UpdateMultiple request with its parameters present and empty.</summary>
    public UpdateMultipleRequest()
    {
        RequestName = "UpdateMultiple";
        Targets = null;
    }

    /// <summary>The records to update. Parameter "Targets".</summary>
    public EntityCollection Targets
    {
        get => GetParameter<EntityCollection>("Targets");
        set => Parameters["Targets"] = value;
    }

    /// <summary>Whether row versions must match. Parameter "ConcurrencyBehavior".</summary>
    public ConcurrencyBehavior ConcurrencyBehavior
    {
        get => GetParameter<ConcurrencyBehavior>("ConcurrencyBehavior");
        set => Parameters["ConcurrencyBehavior"] = value;
    }
}
