using System;
using System.Collections.Generic;
using System.Linq;

namespace Microsoft.Xrm.Sdk.StandIn.Tests.Conformance;

/// <summary>
/// Finds the stand-in's API lines the real SDK does not have. Member lines must appear verbatim.
/// Type lines must appear verbatim too, with one documented normalization for what the runtime
/// cannot change: the real listing was read on .NET Framework, the stand-in is read on .NET.
/// A type line whose kind, name and base type match the real one also passes when
/// <list type="bullet">
/// <item>each interface the real line lists and the stand-in lacks does not exist on this runtime
/// (e.g. System.Runtime.InteropServices._Exception on exceptions), and</item>
/// <item>each interface the stand-in lists and the real line lacks comes from a platform base type
/// (e.g. System.ISpanFormattable, which .NET's System.Enum added).</item>
/// </list>
/// Everything else about a type line — base type, every interface the stand-in declares itself — must match.
/// </summary>
internal static class ConformanceChecker
{
    public static IReadOnlyList<string> Offending(IEnumerable<ApiLine> lines, ReferenceListing reference) =>
        lines.Where(line => !reference.Contains(line.Text) && !(line.IsTypeLine && MatchesModuloRuntime(line, reference)))
            .Select(line => line.Text)
            .ToList();

    /// <summary>The interface differences the normalization excused, as "type: +extra" / "type: -missing", for review.</summary>
    public static IReadOnlyList<string> ExcusedDifferences(IEnumerable<ApiLine> lines, ReferenceListing reference)
    {
        var excused = new List<string>();
        foreach (var line in lines.Where(l => l.IsTypeLine && !reference.Contains(l.Text) && MatchesModuloRuntime(l, reference)))
        {
            var real = ReferenceListing.HeritageOf(reference.TypeLineFor(line.Text)!);
            var standIn = ApiLister.Interfaces(line.DeclaringType);
            excused.AddRange(standIn.Except(real, StringComparer.Ordinal).Select(i => $"{ReferenceListing.TypeNameOf(line.Text)}: +{i}"));
            excused.AddRange(real.Skip(BaseTypeName(line.DeclaringType) == null ? 0 : 1).Except(standIn, StringComparer.Ordinal).Select(i => $"{ReferenceListing.TypeNameOf(line.Text)}: -{i}"));
        }

        return excused;
    }

    private static bool MatchesModuloRuntime(ApiLine line, ReferenceListing reference)
    {
        var realLine = reference.TypeLineFor(line.Text);
        if (realLine == null || Kind(realLine) != Kind(line.Text))
        {
            return false;
        }

        var type = line.DeclaringType;
        var real = ReferenceListing.HeritageOf(realLine);
        var standInBase = BaseTypeName(type);
        var realBase = real.FirstOrDefault(p => !IsInterfaceName(p, type));
        if (!string.Equals(standInBase, realBase, StringComparison.Ordinal))
        {
            return false;
        }

        var standInInterfaces = ApiLister.Interfaces(type);
        var realInterfaces = real.Where(p => !string.Equals(p, realBase, StringComparison.Ordinal)).ToList();
        var platformInterfaces = PlatformInheritedInterfaces(type);

        var extra = standInInterfaces.Except(realInterfaces, StringComparer.Ordinal);
        var missing = realInterfaces.Except(standInInterfaces, StringComparer.Ordinal);
        return extra.All(i => platformInterfaces.Contains(i))
            && missing.All(i => !ExistsOnThisRuntime(i));
    }

    private static string Kind(string typeLine) => typeLine.Substring(0, typeLine.IndexOf(' ', StringComparison.Ordinal));

    private static string? BaseTypeName(Type type) =>
        type.BaseType == null || type.BaseType == typeof(object) || type.BaseType == typeof(Enum) || type.BaseType == typeof(ValueType)
            ? null
            : ApiLister.TypeName(type.BaseType);

    // The real line lists the base type first; every later part is an interface. A part is the base
    // type only if it is the first one and not an interface of the stand-in's type or of the runtime.
    private static bool IsInterfaceName(string name, Type type) =>
        ApiLister.Interfaces(type).Contains(name, StringComparer.Ordinal) || FindRuntimeType(name) is { IsInterface: true };

    private static HashSet<string> PlatformInheritedInterfaces(Type type)
    {
        var platformBase = type.BaseType;
        while (platformBase != null && platformBase.Assembly == type.Assembly)
        {
            platformBase = platformBase.BaseType;
        }

        return platformBase == null
            ? new HashSet<string>(StringComparer.Ordinal)
            : new HashSet<string>(ApiLister.Interfaces(platformBase), StringComparer.Ordinal);
    }

    private static bool ExistsOnThisRuntime(string typeName) => FindRuntimeType(typeName) != null;

    private static Type? FindRuntimeType(string typeName)
    {
        if (typeName.Contains('<', StringComparison.Ordinal))
        {
            // A generic interface the stand-in lacks is never excused.
            return typeof(object);
        }

        return AppDomain.CurrentDomain.GetAssemblies()
            .Select(a => a.GetType(typeName, throwOnError: false))
            .FirstOrDefault(t => t != null)
            ?? Type.GetType(typeName, throwOnError: false);
    }
}
