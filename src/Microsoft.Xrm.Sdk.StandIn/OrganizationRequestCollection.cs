namespace Microsoft.Xrm.Sdk;

/// <summary>The requests of an ExecuteMultiple or ExecuteTransaction batch, in execution order.</summary>
public sealed class OrganizationRequestCollection : DataCollection<OrganizationRequest>
{
    /// <summary>An empty collection.</summary>
    public OrganizationRequestCollection()
    {
    }
}
