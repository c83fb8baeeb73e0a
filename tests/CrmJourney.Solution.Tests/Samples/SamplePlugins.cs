using System;
using CrmJourney.Plugins.Registration;
using CrmJourney.Solution.Plugins;

namespace CrmJourney.Solution.Tests.Samples;

/// <summary>The widget sample plugins as a catalog and an assembly definition, the way the product's own are built.</summary>
public static class SamplePlugins
{
    public static readonly Type[] Types = { typeof(WidgetStagePlugin), typeof(WidgetCreatedPlugin) };

    public static PluginCatalog Catalog() => PluginCatalog.FromTypes(Types);

    public static PluginAssemblyDefinition Assembly() =>
        PluginAssemblyDefinition.Create(PluginAssemblyIdentity.Of(typeof(SamplePlugins).Assembly), Types);

    public static string AssemblyFullName => PluginAssemblyIdentity.Of(typeof(SamplePlugins).Assembly).FullName;
}
