namespace Microsoft.Xrm.Sdk;

/// <summary>The responses of an ExecuteTransaction batch, in request order.</summary>
public sealed class OrganizationResponseCollection : DataCollection<OrganizationResponse>
{
    /// <summary>An empty collection.</summary>
    public OrganizationResponseCollection()
    {
    }
}
