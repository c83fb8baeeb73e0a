namespace Microsoft.Xrm.Sdk.Messages;

/// <summary>Links records through a relationship. A view over <see cref="Microsoft.Xrm.Sdk.OrganizationRequest.Parameters"/>: equivalent to a generic request named "Associate" with the same parameters.</summary>
public sealed class AssociateRequest : OrganizationRequest
{
    /// <summary>A Associate request with its parameters present and empty.</summary>
    public AssociateRequest()
    {
        RequestName = "Associate";
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

    /// <summary>The records to link. Parameter "RelatedEntities".</summary>
    public EntityReferenceCollection RelatedEntities
    {
        get => GetParameter<EntityReferenceCollection>("RelatedEntities");
        set => Parameters["RelatedEntities"] = value;
    }
}
