namespace Microsoft.Xrm.Sdk;

/// <summary>
/// The rows related to an <see cref="Entity"/>, keyed by the relationship that relates them. On
/// Create, the service creates them with the record in the same operation ("deep insert").
/// </summary>
public sealed class RelatedEntityCollection : DataCollection<Relationship, EntityCollection>
{
}
