namespace Microsoft.Xrm.Sdk;

/// <summary>The per-request outcomes of an ExecuteMultiple batch (responses and/or faults, by request index).</summary>
public sealed class ExecuteMultipleResponseItemCollection : DataCollection<ExecuteMultipleResponseItem>
{
    /// <summary>An empty collection.</summary>
    public ExecuteMultipleResponseItemCollection()
    {
    }
}
