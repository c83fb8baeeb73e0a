using System.Runtime.Serialization;

namespace Microsoft.Xrm.Sdk.Query;

/// <summary>
/// Which page a query asks for. The defaults (count 0, page 0, no cookie) mean "the service's default
/// page size from the first page"; ask for page 1 and pass the previous page's cookie to move on.
/// </summary>
public sealed class PagingInfo : IExtensibleDataObject
{
    /// <summary>Rows per page; 0 means the service default (5,000).</summary>
    public int Count { get; set; }

    /// <summary>The 1-based page number; 0 is treated as the first page.</summary>
    public int PageNumber { get; set; }

    /// <summary>The previous page's cookie.</summary>
    public string PagingCookie { get; set; }

    /// <summary>Whether to return the total record count.</summary>
    public bool ReturnTotalRecordCount { get; set; }

    /// <inheritdoc />
    public ExtensionDataObject ExtensionData { get; set; }
}
