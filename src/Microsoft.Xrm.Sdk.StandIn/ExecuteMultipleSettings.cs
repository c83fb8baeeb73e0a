using System.Runtime.Serialization;

namespace Microsoft.Xrm.Sdk;

/// <summary>How an ExecuteMultiple batch behaves: stop or continue after a fault, and whether to return responses.</summary>
public sealed class ExecuteMultipleSettings : IExtensibleDataObject
{
    /// <summary>Continue with the next request after a fault (false: stop at the first fault).</summary>
    public bool ContinueOnError { get; set; }

    /// <summary>Return a response item for each successful request (faults are always returned).</summary>
    public bool ReturnResponses { get; set; }

    /// <inheritdoc />
    public ExtensionDataObject ExtensionData { get; set; }
}
