namespace Microsoft.Xrm.Sdk;

/// <summary>Alternate-key values that identify a record instead of its id (e.g. cjp_code for a service line).</summary>
public sealed class KeyAttributeCollection : DataCollection<string, object>
{
}
