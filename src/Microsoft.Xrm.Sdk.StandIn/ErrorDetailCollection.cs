namespace Microsoft.Xrm.Sdk;

/// <summary>Extra details a fault carries alongside its code and message.</summary>
public sealed class ErrorDetailCollection : DataCollection<string, object>
{
}
