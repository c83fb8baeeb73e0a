using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Reflection;
using CrmJourney.Plugins.Registration;
using Microsoft.Xrm.Sdk;

namespace CrmJourney.Solution.Plugins;

/// <summary>
/// How the plugins reach Dataverse: a plugin package (a NuGet package carrying CrmJourney.Plugins and
/// its dependent assemblies, CrmJourney.Domain and Newtonsoft.Json). A single assembly would have to
/// be signed and merged with its dependencies (ILMerge), which Microsoft does not support; a package
/// needs neither. This record holds what the solution files say about it: the package's unique name
/// (publisher prefix + assembly name), its version, the assembly's identity and fixed id, and every
/// plugin class with its fixed <c>PluginTypeId</c>.
/// </summary>
public sealed class PluginPackageDefinition
{
    private PluginPackageDefinition(PluginAssemblyIdentity assembly, string publisherPrefix, IReadOnlyList<PluginTypeRegistration> pluginTypes)
    {
        Assembly = assembly;
        UniqueName = $"{publisherPrefix}_{assembly.Name}";
        PackageVersion = string.Create(CultureInfo.InvariantCulture, $"{assembly.Version.Major}.{assembly.Version.Minor}.{Math.Max(assembly.Version.Build, 0)}");
        AssemblyId = DeterministicGuid.From("pluginassembly:" + assembly.Name);
        PluginTypes = pluginTypes;
    }

    /// <summary>The plugin assembly's identity.</summary>
    public PluginAssemblyIdentity Assembly { get; }

    /// <summary>The package's unique name, e.g. cjp_CrmJourney.Plugins: Dataverse requires the publisher prefix.</summary>
    public string UniqueName { get; }

    /// <summary>The package version (three parts, as NuGet and pluginpackage.xml write it).</summary>
    public string PackageVersion { get; }

    /// <summary>The fixed PluginAssemblyId.</summary>
    public Guid AssemblyId { get; }

    /// <summary>The plugin classes, ordered by full name.</summary>
    public IReadOnlyList<PluginTypeRegistration> PluginTypes { get; }

    /// <summary>The registration of the plugin class named <paramref name="typeFullName"/>, or null when the package has none.</summary>
    public PluginTypeRegistration? Find(string typeFullName) =>
        PluginTypes.FirstOrDefault(t => string.Equals(t.FullName, typeFullName, StringComparison.Ordinal));

    /// <summary>The product's package: every concrete <see cref="IPlugin"/> class of CrmJourney.Plugins.</summary>
    public static PluginPackageDefinition ForProductPlugins(string publisherPrefix) =>
        ForAssembly(typeof(PluginCatalog).Assembly, publisherPrefix);

    /// <summary>The package of every public concrete <see cref="IPlugin"/> class in <paramref name="assembly"/>.</summary>
    public static PluginPackageDefinition ForAssembly(Assembly assembly, string publisherPrefix)
    {
        ArgumentNullException.ThrowIfNull(assembly);
        return Create(PluginAssemblyIdentity.Of(assembly), publisherPrefix, assembly.GetTypes());
    }

    /// <summary>A package for <paramref name="assembly"/> holding the concrete <see cref="IPlugin"/> classes among <paramref name="types"/>.</summary>
    public static PluginPackageDefinition Create(PluginAssemblyIdentity assembly, string publisherPrefix, IEnumerable<Type> types)
    {
        ArgumentNullException.ThrowIfNull(assembly);
        ArgumentException.ThrowIfNullOrWhiteSpace(publisherPrefix);
        ArgumentNullException.ThrowIfNull(types);
        var pluginTypes = types
            .Where(t => t is { IsClass: true, IsAbstract: false, IsPublic: true } && typeof(IPlugin).IsAssignableFrom(t) && t.FullName != null)
            .Select(t => t.FullName!)
            .Distinct(StringComparer.Ordinal)
            .OrderBy(n => n, StringComparer.Ordinal)
            .Select(n => new PluginTypeRegistration(n, PluginTypeIds.For(n)))
            .ToList()
            .AsReadOnly();
        return new PluginPackageDefinition(assembly, publisherPrefix, pluginTypes);
    }
}
