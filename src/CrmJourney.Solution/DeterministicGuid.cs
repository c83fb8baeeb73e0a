using System;
using System.Security.Cryptography;
using System.Text;

namespace CrmJourney.Solution;

/// <summary>
/// Name-based Guids (RFC 4122 version 5, SHA-1): the same name always gives the same id. Dataverse
/// matches components by id on import, so ids the generator invents (plugin types, step images) must
/// never change between runs, or every import would add a component instead of updating it.
/// </summary>
public static class DeterministicGuid
{
    // The namespace of this product's generated ids; any fixed Guid works, it only has to never change.
    private static readonly Guid _productNamespace = new("5a1d3c36-8f0e-4a53-9c58-2f7d0c9e4b61");

    /// <summary>The version 5 Guid of <paramref name="name"/> in this product's namespace.</summary>
    public static Guid From(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var namespaceBytes = _productNamespace.ToByteArray(bigEndian: true);
        var nameBytes = Encoding.UTF8.GetBytes(name);
        var input = new byte[namespaceBytes.Length + nameBytes.Length];
        namespaceBytes.CopyTo(input, 0);
        nameBytes.CopyTo(input, namespaceBytes.Length);

        // SHA-1 is what RFC 4122 version 5 prescribes; this is an identifier, not a security use.
#pragma warning disable CA5350
        var hash = SHA1.HashData(input);
#pragma warning restore CA5350
        var bytes = hash.AsSpan(0, 16).ToArray();
        bytes[6] = (byte)((bytes[6] & 0x0F) | 0x50);
        bytes[8] = (byte)((bytes[8] & 0x3F) | 0x80);
        return new Guid(bytes, bigEndian: true);
    }
}
