using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using Microsoft.Xrm.Sdk.StandIn.Tests.Conformance;
using Xunit.Abstractions;

namespace Microsoft.Xrm.Sdk.StandIn.Tests.Plugin;

/// <summary>
/// The net462 CrmJourney.Plugins.dll — the assembly Dataverse loads — read from its metadata: it binds to
/// the real SDK's identities and uses only types and members the real SDK 9.2 has (the listings), so
/// what the default build makes is what a build against the real SDK makes.
/// </summary>
public sealed class PluginAssemblyReferenceTests
{
    private const string XrmSdk = "Microsoft.Xrm.Sdk";
    private const string Proxy = "Microsoft.Crm.Sdk.Proxy";

    private static readonly Dictionary<string, ReferenceListing> _listings = new(StringComparer.Ordinal)
    {
        [XrmSdk] = ReferenceListing.Load(ReferenceListing.XrmSdkFile),
        [Proxy] = ReferenceListing.Load(ReferenceListing.ProxyFile),
    };

    private static readonly Lazy<PluginMetadata> _plugin = new(() => PluginMetadata.Read(PluginPath(), new HashSet<string>(_listings.Keys, StringComparer.Ordinal)));

    private readonly ITestOutputHelper _output;

    public PluginAssemblyReferenceTests(ITestOutputHelper output)
    {
        _output = output;
    }

    [Theory]
    [InlineData(XrmSdk)]
    [InlineData(Proxy)]
    public void The_plugin_references_the_SDK_assembly_exactly_by_its_real_identity(string name)
    {
        foreach (var reference in _plugin.Value.AssemblyReferences)
        {
            _output.WriteLine(reference);
        }

        var references = _plugin.Value.AssemblyReferences.Where(r => r.StartsWith(name + ",", StringComparison.Ordinal)).ToList();

        Assert.Equal([$"{name}, Version=9.0.0.0, Culture=neutral, PublicKeyToken=31bf3856ad364e35"], references);
    }

    [Fact]
    public void The_plugin_references_no_stand_in_and_no_netstandard_facade()
    {
        var names = _plugin.Value.AssemblyReferences.Select(r => r.Substring(0, r.IndexOf(',', StringComparison.Ordinal))).ToList();

        Assert.DoesNotContain(names, n => n.EndsWith(".StandIn", StringComparison.OrdinalIgnoreCase));
        Assert.DoesNotContain("netstandard", names);
        Assert.DoesNotContain("System.Runtime", names);
        Assert.DoesNotContain("System.ValueTuple", names);
        Assert.DoesNotContain("System.Private.CoreLib", names);
        Assert.Contains("mscorlib", names);
    }

    [Fact]
    public void Every_SDK_type_the_plugin_references_is_in_the_listing_of_the_assembly_it_names()
    {
        var references = _plugin.Value.TypeReferences;

        var missing = references.Where(t => ListingTypeName(t) == null).Select(t => $"{t.Assembly}: {t.Name} (arity {t.Arity})").ToList();

        Assert.True(references.Count > 20, $"Only {references.Count} SDK type references were read; is this the plugin assembly?");
        Assert.Contains(references, t => t.Assembly == Proxy);
        Assert.True(missing.Count == 0, "Not in the real SDK's listing: " + string.Join("; ", missing));
    }

    [Fact]
    public void Every_SDK_member_the_plugin_references_is_in_the_listing_with_the_same_signature()
    {
        var members = _plugin.Value.MemberReferences;

        var missing = members.Select(m => new { Member = m, Line = ExpectedLine(m) }).Where(m => m.Line.Found == null).Select(m => m.Line.Wanted).ToList();

        Assert.True(members.Count > 20, $"Only {members.Count} SDK member references were read.");
        Assert.True(missing.Count == 0, "Not in the real SDK's listing:\n" + string.Join("\n", missing));
    }

    [Fact]
    public void The_member_notation_finds_known_real_lines_and_rejects_a_made_up_one()
    {
        var listing = _listings[XrmSdk];
        var lines = _plugin.Value.MemberReferences.Select(m => ExpectedLine(m).Found).Where(l => l != null).ToList();

        Assert.Contains("Microsoft.Xrm.Sdk.Entity..ctor(System.String)", lines);
        Assert.Contains("Microsoft.Xrm.Sdk.Entity.GetAttributeValue<T>(System.String) : T", lines);
        Assert.Contains("Microsoft.Xrm.Sdk.Entity.this[System.String] : System.Object {get;set;}", lines);
        Assert.False(listing.Contains("Microsoft.Xrm.Sdk.Entity.GetAttributeValue<T>(System.Int32) : T"));
    }

    private static string PluginPath()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "plugin-net462", "CrmJourney.Plugins.dll");
        if (!File.Exists(path))
        {
            throw new InvalidOperationException($"{path} is missing: build this test project (its ProjectReference builds CrmJourney.Plugins for net462 and copies it there).");
        }

        return path;
    }

    /// <summary>The listing's name of a referenced type ("Microsoft.Xrm.Sdk.DataCollection&lt;T&gt;"), or null when its assembly's listing lacks it.</summary>
    private static string? ListingTypeName(PluginMetadata.SdkTypeReference type) =>
        _listings[type.Assembly].TypeNames.FirstOrDefault(n => StripParameters(n) == type.Name && ListingTypeProvider.GenericNames.Of(n).Length == type.Arity);

    private static string StripParameters(string name)
    {
        var open = name.IndexOf('<', StringComparison.Ordinal);
        return open < 0 ? name : name.Substring(0, open);
    }

    /// <summary>The listing line a member reference must match (Wanted) and the line found for it, or null.</summary>
    private static (string Wanted, string? Found) ExpectedLine(PluginMetadata.SdkMemberReference member)
    {
        var listing = _listings[member.Assembly];
        var type = ListingTypeName(member.Type);
        if (type == null)
        {
            return ($"{member.Type.Name}.{member.Name} (type not in the listing)", null);
        }

        var typeParameters = ListingTypeProvider.GenericNames.Of(type);
        if (member.IsField)
        {
            var fieldType = member.DecodeField(typeParameters);
            var field = $"{type}.field {member.Name} : {fieldType}";
            var staticField = $"{type}.static field {member.Name} : {fieldType}";
            return (field, listing.Contains(field) ? field : listing.Contains(staticField) ? staticField : null);
        }

        var methodParameters = MethodParameterNames(listing, type, member);
        var signature = member.DecodeMethod(typeParameters, methodParameters);
        var parameters = string.Join(", ", signature.ParameterTypes);
        var isStatic = signature.Header.IsInstance ? string.Empty : "static ";
        if (member.Name == ".ctor")
        {
            var ctor = $"{type}..ctor({parameters})";
            return (ctor, listing.Contains(ctor) ? ctor : null);
        }

        if (member.Name.StartsWith("get_", StringComparison.Ordinal) || member.Name.StartsWith("set_", StringComparison.Ordinal))
        {
            var getter = member.Name.StartsWith("get_", StringComparison.Ordinal);
            var indexParameters = getter ? signature.ParameterTypes : signature.ParameterTypes.RemoveAt(signature.ParameterTypes.Length - 1);
            var propertyType = getter ? signature.ReturnType : signature.ParameterTypes[^1];
            var name = member.Name.Substring(4) == "Item" && indexParameters.Length > 0 ? $"this[{string.Join(", ", indexParameters)}]" : member.Name.Substring(4);
            var prefix = $"{type}.{isStatic}{name} : {propertyType} {{";
            var found = listing.LinesStartingWith(prefix).FirstOrDefault(l => l.Contains(getter ? "get;" : "set;", StringComparison.Ordinal));
            return (prefix + (getter ? "get;…}" : "…set;}"), found);
        }

        var generic = methodParameters.Length == 0 ? string.Empty : "<" + string.Join(",", methodParameters) + ">";
        var method = $"{type}.{isStatic}{member.Name}{generic}({parameters}) : {signature.ReturnType}";
        return (method, listing.Contains(method) ? method : null);
    }

    /// <summary>A generic method's parameter names as the listing declares them (Name&lt;T&gt;(…)); "T0", "T1"… when it has no such method.</summary>
    private static ImmutableArray<string> MethodParameterNames(ReferenceListing listing, string type, PluginMetadata.SdkMemberReference member)
    {
        var count = member.GenericParameterCount;
        if (count == 0)
        {
            return ImmutableArray<string>.Empty;
        }

        var declared = listing.LinesStartingWith($"{type}.{member.Name}<").Concat(listing.LinesStartingWith($"{type}.static {member.Name}<"))
            .Select(l => l.Substring(l.IndexOf('<', l.IndexOf(member.Name, StringComparison.Ordinal)) + 1))
            .Select(l => l.Substring(0, l.IndexOf('>', StringComparison.Ordinal)).Split(','))
            .FirstOrDefault(p => p.Length == count);
        return declared?.ToImmutableArray() ?? Enumerable.Range(0, count).Select(i => "T" + i).ToImmutableArray();
    }
}
