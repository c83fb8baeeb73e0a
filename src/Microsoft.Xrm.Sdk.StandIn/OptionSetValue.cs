using System.Runtime.Serialization;

namespace Microsoft.Xrm.Sdk;

/// <summary>
/// The value of a choice column (e.g. 573100001 for "Active client"). Equal when the numbers are
/// equal, so it can be compared with a freshly built instance.
/// </summary>
public sealed class OptionSetValue : IExtensibleDataObject
{
    /// <summary>A choice value of 0.</summary>
    public OptionSetValue()
    {
    }

    /// <summary>The choice value <paramref name="value"/>.</summary>
    public OptionSetValue(int value)
    {
        Value = value;
    }

    /// <summary>The choice's numeric value.</summary>
    public int Value { get; set; }

    /// <inheritdoc />
    public ExtensionDataObject ExtensionData { get; set; }

    /// <summary>Equal when the other is an option set value with the same number.</summary>
    public override bool Equals(object obj) => obj is OptionSetValue other && other.Value == Value;

    /// <summary>The number's hash.</summary>
    public override int GetHashCode() => Value.GetHashCode();
}
