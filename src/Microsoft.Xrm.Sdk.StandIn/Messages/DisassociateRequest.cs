namespace Microsoft.Xrm.Sdk.Messages;

/// <summary>Unlinks records of a relationship. A view over <see cref="Microsoft.Xrm.Sdk.OrganizationRequest.Parameters"/>: equivalent to a generic request named "Disassociate" with the same parameters.</summary>
public sealed class DisassociateRequest : OrganizationRequest
{
    /// <summary>A Disassociate request with its parameters present and empty.</summary>
    public DisassociateRequest()
    {
        RequestName = "Disassociate";
        Target = null;
        Relationship = null;
        RelatedEntities = null;
    }

    /// <summary>The primary record. Parameter "Target".</summary>
    public EntityReference Target
    {
        get => GetParameter<EntityReference>("Target");
        set => Parameters["Target"] = value;
    }

    /// <summary>The relationship. Parameter "Relationship".</summary>
    public Relationship Relationship
    {
        get => GetParameter<Relationship>("Relationship");
        set => Parameters["Relationship"] = value;
    }

    /// <summary>The records to unlink. Parameter "RelatedEntities".</summary>
    public EntityReferenceCollection RelatedEntities
    {
        get => GetParameter<EntityReferenceCollection>("RelatedEntities");
        set => Parameters["RelatedEntities"] = value;
    }
}
