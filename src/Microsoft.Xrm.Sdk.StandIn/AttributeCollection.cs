namespace Microsoft.Xrm.Sdk;

/// <summary>A record's column values keyed by logical name (ordinal keys). Values are SDK types: OptionSetValue, Money, EntityReference, DateTime (UTC), primitives or null.</summary>
public sealed class AttributeCollection : DataCollection<string, object>
{
}
