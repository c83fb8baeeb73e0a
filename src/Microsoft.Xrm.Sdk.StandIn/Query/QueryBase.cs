using System.Runtime.Serialization;

namespace Microsoft.Xrm.Sdk.Query;

/// <summary>A query RetrieveMultiple accepts: <see cref="QueryExpression"/>, <see cref="QueryByAttribute"/> or <see cref="FetchExpression"/>.</summary>
public abstract class QueryBase : IExtensibleDataObject
{
    internal QueryBase()
    {
    }

    /// <inheritdoc />
    public ExtensionDataObject ExtensionData { get; set; }
}
