using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using CrmJourney.Plugins.Registration;
using Microsoft.Xrm.Sdk;

namespace CrmJourney.Solution.Plugins;

/// <summary>
/// How the plugins reach Dataverse: one classic plugin assembly, strong-named, with the domain compiled
/// into it (solution-package/README.md, "Plugin assembly"). This record holds what the solution files say
/// about it: the assembly's identity as the signed net462 build carries it, its fixed id, and every plugin
/// class with its fixed <c>PluginTypeId</c>, which step files and the custom API name.
/// </summary>
public sealed class PluginAssemblyDefinition
{
    private PluginAssemblyDefinition(PluginAssemblyIdentity assembly, IReadOnlyList<PluginTypeRegistration> pluginTypes)
    {
        Assembly = assembly;
        AssemblyId = DeterministicGuid.From("pluginassembly:" + assembly.Name);
        PluginTypes = pluginTypes;
    }

    /// <summary>The plugin assembly's identity.</summary>
    public PluginAssemblyIdentity Assembly { get; }

    /// <summary>The fixed PluginAssemblyId.</summary>
    public Guid AssemblyId { get; }

    /// <summary>The plugin classes, ordered by full name.</summary>
    public IReadOnlyList<PluginTypeRegistration> PluginTypes { get; }

    /// <summary>The registration of the plugin class named <paramref name="typeFullName"/>, or null when the assembly has none.</summary>
    public PluginTypeRegistration? Find(string typeFullName) =>
        PluginTypes.FirstOrDefault(t => string.Equals(t.FullName, typeFullName, StringComparison.Ordinal));

    /// <summary>
    /// The product's assembly: every concrete <see cref="IPlugin"/> class of CrmJourney.Plugins, under the
    /// identity of its signed net462 build (the loaded net10.0 build has the same name and version but no
    /// strong name; see <see cref="PluginSigning"/>).
    /// </summary>
    public static PluginAssemblyDefinition ForProductPlugins()
    {
        var assembly = typeof(PluginCatalog).Assembly;
        return Create(PluginAssemblyIdentity.Of(assembly).WithPublicKeyToken(PluginSigning.PublicKeyToken), assembly.GetTypes());
    }

    /// <summary>The definition of every public concrete <see cref="IPlugin"/> class in <paramref name="assembly"/>, under its own identity.</summary>
    public static PluginAssemblyDefinition ForAssembly(Assembly assembly)
    {
        ArgumentNullException.ThrowIfNull(assembly);
        return Create(PluginAssemblyIdentity.Of(assembly), assembly.GetTypes());
    }

    /// <summary>An assembly <paramref name="assembly"/> holding the concrete <see cref="IPlugin"/> classes among <paramref name="types"/>.</summary>
    public static PluginAssemblyDefinition Create(PluginAssemblyIdentity assembly, IEnumerable<Type> types)
    {
        ArgumentNullException.ThrowIfNull(assembly);
        ArgumentNullException.ThrowIfNull(types);
        var pluginTypes = types
            .Where(t => t is { IsClass: true, IsAbstract: false, IsPublic: true } && typeof(IPlugin).IsAssignableFrom(t) && t.FullName != null)
            .Select(t => t.FullName!)
            .Distinct(StringComparer.Ordinal)
            .OrderBy(n => n, StringComparer.Ordinal)
            .Select(n => new PluginTypeRegistration(n, PluginTypeIds.For(n)))
            .ToList()
            .AsReadOnly();
        return new PluginAssemblyDefinition(assembly, pluginTypes);
    }
}
