using System;
using System.Globalization;
using System.Reflection;

namespace CrmJourney.Solution.Plugins;

/// <summary>
/// The identity Dataverse records for a plugin assembly — name, four-part version, culture and public
/// key token — which step files repeat in every <c>PluginTypeName</c>. Taken from the built assembly, so
/// a version bump shows up as drift in the generated files until <c>cjp solution sync</c> runs.
/// </summary>
public sealed record PluginAssemblyIdentity
{
    /// <summary>An identity from its parts; <paramref name="publicKeyToken"/> is "null" for an unsigned assembly.</summary>
    public PluginAssemblyIdentity(string name, Version version, string publicKeyToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(version);
        ArgumentException.ThrowIfNullOrWhiteSpace(publicKeyToken);
        Name = name;
        Version = version;
        PublicKeyToken = publicKeyToken;
    }

    /// <summary>The assembly's simple name, e.g. CrmJourney.Plugins.</summary>
    public string Name { get; }

    /// <summary>The assembly version (four parts).</summary>
    public Version Version { get; }

    /// <summary>The public key token in lower-case hex, or "null" for an unsigned assembly.</summary>
    public string PublicKeyToken { get; }

    /// <summary>The full name as exports write it: <c>Name, Version=…, Culture=neutral, PublicKeyToken=…</c>.</summary>
    public string FullName => string.Create(CultureInfo.InvariantCulture, $"{Name}, Version={Version}, Culture=neutral, PublicKeyToken={PublicKeyToken}");

    /// <summary>The assembly-qualified name of <paramref name="typeFullName"/> in this assembly.</summary>
    public string QualifiedTypeName(string typeFullName) => $"{typeFullName}, {FullName}";

    /// <summary>The same name and version under the strong name whose token is <paramref name="publicKeyToken"/>.</summary>
    public PluginAssemblyIdentity WithPublicKeyToken(string publicKeyToken) => new(Name, Version, publicKeyToken);

    /// <summary>The identity of a loaded assembly.</summary>
    public static PluginAssemblyIdentity Of(Assembly assembly)
    {
        ArgumentNullException.ThrowIfNull(assembly);
        var name = assembly.GetName();
        var token = name.GetPublicKeyToken();
        return new PluginAssemblyIdentity(
            name.Name ?? throw new ArgumentException("The assembly has no name.", nameof(assembly)),
            name.Version ?? new Version(0, 0, 0, 0),
            token is { Length: > 0 } ? Convert.ToHexStringLower(token) : "null");
    }
}
