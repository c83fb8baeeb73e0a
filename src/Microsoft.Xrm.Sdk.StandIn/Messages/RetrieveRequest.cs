using Microsoft.Xrm.Sdk.Query;

namespace Microsoft.Xrm.Sdk.Messages;

/// <summary>Reads one record with the given columns. A view over <see cref="Microsoft.Xrm.Sdk.OrganizationRequest.Parameters"/>: equivalent to a generic request named "Retrieve" with the same parameters.</summary>
public sealed class RetrieveRequest : OrganizationRequest
{
    /// <summary>A Retrieve request with its parameters present and empty.</summary>
    public RetrieveRequest()
    {
        RequestName = "Retrieve";
        Target = null;
        ColumnSet = null;
    }

    /// <summary>The record to read. Parameter "Target".</summary>
    public EntityReference Target
    {
        get => GetParameter<EntityReference>("Target");
        set => Parameters["Target"] = value;
    }

    /// <summary>The columns to return. Parameter "ColumnSet".</summary>
    public ColumnSet ColumnSet
    {
        get => GetParameter<ColumnSet>("ColumnSet");
        set => Parameters["ColumnSet"] = value;
    }
}
