using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace Microsoft.Xrm.Sdk.StandIn.Tests.Conformance;

/// <summary>The real SDK 9.2's public API (Microsoft.Xrm.Sdk and Microsoft.Crm.Sdk.Proxy together), read from Reference/.</summary>
internal sealed class ReferenceListing
{
    private static readonly string[] _typeKinds = ["class ", "enum ", "interface ", "struct "];

    private readonly HashSet<string> _lines;
    private readonly Dictionary<string, string> _typeLinesByName;

    private ReferenceListing(IEnumerable<string> lines)
    {
        _lines = new HashSet<string>(lines.Where(l => l.Length > 0), StringComparer.Ordinal);
        _typeLinesByName = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var line in _lines.Where(IsTypeLine))
        {
            _typeLinesByName[TypeNameOf(line)] = line;
        }
    }

    /// <summary>The listing file of Microsoft.Xrm.Sdk.dll.</summary>
    public const string XrmSdkFile = "microsoft-xrm-sdk-9.2.api.txt";

    /// <summary>The listing file of Microsoft.Crm.Sdk.Proxy.dll.</summary>
    public const string ProxyFile = "microsoft-crm-sdk-proxy-9.2.api.txt";

    public static ReferenceListing Load()
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "Reference");
        var files = Directory.GetFiles(folder, "*.api.txt");
        if (files.Length != 2)
        {
            throw new InvalidOperationException($"Expected the two SDK listings in {folder}, found {files.Length}.");
        }

        return new ReferenceListing(files.SelectMany(File.ReadAllLines));
    }

    /// <summary>One assembly's listing: <see cref="XrmSdkFile"/> or <see cref="ProxyFile"/>.</summary>
    public static ReferenceListing Load(string fileName) =>
        new(File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "Reference", fileName)));

    public int Count => _lines.Count;

    /// <summary>Every type the listing names, as its type lines write it (e.g. "Microsoft.Xrm.Sdk.DataCollection&lt;T&gt;").</summary>
    public IEnumerable<string> TypeNames => _typeLinesByName.Keys;

    public bool Contains(string line) => _lines.Contains(line);

    public int CountStartingWith(string prefix) => _lines.Count(l => l.StartsWith(prefix, StringComparison.Ordinal));

    public IEnumerable<string> LinesStartingWith(string prefix) => _lines.Where(l => l.StartsWith(prefix, StringComparison.Ordinal));

    /// <summary>The real type line for the type named as in <paramref name="line"/>, or null when the real SDK has no such type.</summary>
    public string? TypeLineFor(string line) => _typeLinesByName.TryGetValue(TypeNameOf(line), out var real) ? real : null;

    public static bool IsTypeLine(string line) => _typeKinds.Any(k => line.StartsWith(k, StringComparison.Ordinal));

    /// <summary>"class A.B&lt;T&gt; : X, Y" → "A.B&lt;T&gt;".</summary>
    public static string TypeNameOf(string typeLine)
    {
        var afterKind = typeLine.Substring(typeLine.IndexOf(' ', StringComparison.Ordinal) + 1);
        var colon = afterKind.IndexOf(" : ", StringComparison.Ordinal);
        return colon < 0 ? afterKind : afterKind.Substring(0, colon);
    }

    /// <summary>The base type and interfaces after the colon of a type line, split at top-level commas.</summary>
    public static IReadOnlyList<string> HeritageOf(string typeLine)
    {
        var colon = typeLine.IndexOf(" : ", StringComparison.Ordinal);
        if (colon < 0)
        {
            return [];
        }

        var parts = new List<string>();
        var depth = 0;
        var start = colon + 3;
        for (var i = start; i < typeLine.Length; i++)
        {
            switch (typeLine[i])
            {
                case '<':
                    depth++;
                    break;
                case '>':
                    depth--;
                    break;
                case ',' when depth == 0:
                    parts.Add(typeLine.Substring(start, i - start).Trim());
                    start = i + 1;
                    break;
            }
        }

        parts.Add(typeLine.Substring(start).Trim());
        return parts;
    }
}
