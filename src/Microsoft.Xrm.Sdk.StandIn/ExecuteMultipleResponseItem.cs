using System.Runtime.Serialization;

namespace Microsoft.Xrm.Sdk;

/// <summary>The outcome of one request of an ExecuteMultiple batch: its index and either its response or its fault.</summary>
public sealed class ExecuteMultipleResponseItem : IExtensibleDataObject
{
    /// <summary>The 0-based index of the request in the batch.</summary>
    public int RequestIndex { get; set; }

    /// <summary>The response, when the request succeeded and responses were asked for.</summary>
    public OrganizationResponse Response { get; set; }

    /// <summary>The fault, when the request failed.</summary>
    public OrganizationServiceFault Fault { get; set; }

    /// <inheritdoc />
    public ExtensionDataObject ExtensionData { get; set; }
}
