using System.Runtime.Serialization;

namespace Microsoft.Xrm.Sdk;

/// <summary>
/// The value of a currency column (engagement value, estimated revenue). Equal when the amounts are
/// equal; the currency lives in the record's transactioncurrencyid, not here.
/// </summary>
public sealed class Money : IExtensibleDataObject
{
    /// <summary>An amount of 0.</summary>
    public Money()
    {
    }

    /// <summary>The amount <paramref name="value"/>.</summary>
    public Money(decimal value)
    {
        Value = value;
    }

    /// <summary>The amount.</summary>
    public decimal Value { get; set; }

    /// <inheritdoc />
    public ExtensionDataObject ExtensionData { get; set; }

    /// <summary>Equal when the other is money with the same amount.</summary>
    public override bool Equals(object obj) => obj is Money other && other.Value == Value;

    /// <summary>The amount's hash.</summary>
    public override int GetHashCode() => Value.GetHashCode();
}
