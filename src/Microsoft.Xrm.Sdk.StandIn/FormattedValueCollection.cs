namespace Microsoft.Xrm.Sdk;

/// <summary>Display strings of column values (choice labels, formatted money) keyed by logical name; read-only for callers, filled by the service.</summary>
public sealed class FormattedValueCollection : DataCollection<string, string>
{
}
