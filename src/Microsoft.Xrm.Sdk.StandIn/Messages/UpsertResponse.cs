namespace Microsoft.Xrm.Sdk.Messages;

/// <summary>The result of Upsert. Typed properties read <see cref="Microsoft.Xrm.Sdk.OrganizationResponse.Results"/>.</summary>
public sealed class UpsertResponse : OrganizationResponse
{
    /// <summary>An empty response; the service fills <see cref="Microsoft.Xrm.Sdk.OrganizationResponse.Results"/>.</summary>
    public UpsertResponse()
    {
    }

    /// <summary>True when a record was created, false when one was updated. Result "RecordCreated"; default when absent.</summary>
    public bool RecordCreated => GetResult<bool>("RecordCreated");

    /// <summary>The record created or updated. Result "Target"; default when absent.</summary>
    public EntityReference Target => GetResult<EntityReference>("Target");
}
