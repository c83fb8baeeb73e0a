namespace Microsoft.Xrm.Sdk.Query;

/// <summary>A query written in FetchXML.</summary>
public sealed class FetchExpression : QueryBase
{
    /// <summary>An empty FetchXML query.</summary>
    public FetchExpression()
    {
    }

    /// <summary>The FetchXML query <paramref name="query"/>.</summary>
    public FetchExpression(string query)
    {
        Query = query;
    }

    /// <summary>The FetchXML text.</summary>
    public string Query { get; set; }
}
