using Microsoft.Xrm.Sdk.Query;

namespace Microsoft.Xrm.Sdk.Messages;

/// <summary>Runs a query and returns one page of results. A view over <see cref="Microsoft.Xrm.Sdk.OrganizationRequest.Parameters"/>: equivalent to a generic request named "RetrieveMultiple" with the same parameters.</summary>
public sealed class RetrieveMultipleRequest : OrganizationRequest
{
    /// <summary>A RetrieveMultiple request with its parameters present and empty.</summary>
    public RetrieveMultipleRequest()
    {
        RequestName = "RetrieveMultiple";
        Query = null;
    }

    /// <summary>The query. Parameter "Query".</summary>
    public QueryBase Query
    {
        get => GetParameter<QueryBase>("Query");
        set => Parameters["Query"] = value;
    }
}
