using System;
using System.IO;
using System.Linq;
using System.Xml.Linq;
using CrmJourney.Solution.Plugins;
using CrmJourney.Solution.Tests.Samples;
using CrmJourney.Solution.Tests.Support;

namespace CrmJourney.Solution.Tests.Plugins;

public sealed class PluginAssemblyFilesTests
{
    [Fact]
    public void The_sweep_plugin_gets_the_plugin_type_id_the_shipped_custom_api_points_at()
    {
        var customApi = XDocument.Load(Path.Combine(RepositoryRoot.ShippedSolution, "customapis", "cjp_RunNurtureSweep", "customapi.xml"));
        var referenced = Guid.Parse(customApi.Root!.Element("plugintypeid")!.Element("plugintypeid")!.Value);

        var id = PluginTypeIds.For("CrmJourney.Plugins.Sweep.RunNurtureSweepPlugin");

        Assert.Equal(referenced, id);
    }

    [Fact]
    public void Other_plugin_types_get_a_stable_id_of_their_own()
    {
        var first = PluginTypeIds.For("CrmJourney.Plugins.Accounts.SomePlugin");

        Assert.Equal(first, PluginTypeIds.For("CrmJourney.Plugins.Accounts.SomePlugin"));
        Assert.NotEqual(first, PluginTypeIds.For("CrmJourney.Plugins.Accounts.OtherPlugin"));
        Assert.Equal(5, first.ToByteArray(bigEndian: true)[6] >> 4);
    }

    [Fact]
    public void The_assembly_registration_lists_every_plugin_class_with_its_fixed_id_in_a_sandbox()
    {
        var package = SamplePlugins.Assembly();
        var writer = new PluginAssemblyFileWriter(package, "1.0.0.0");

        var file = writer.WriteAssemblyRegistration();

        var root = XDocument.Parse(file.Content).Root!;
        Assert.StartsWith("PluginAssemblies/" + package.Assembly.Name + "-", file.RelativePath, StringComparison.Ordinal);
        Assert.Contains(package.AssemblyId.ToString("D").ToUpperInvariant(), file.RelativePath, StringComparison.Ordinal);
        Assert.Equal("2", root.Element("IsolationMode")!.Value);
        Assert.Equal("0", root.Element("SourceType")!.Value);
        Assert.Equal("/" + writer.AssemblyDllPath, root.Element("FileName")!.Value);
        Assert.Equal(file.RelativePath[..^".data.xml".Length], writer.AssemblyDllPath);
        var types = root.Element("PluginTypes")!.Elements("PluginType").ToList();
        Assert.Equal(
            new[] { typeof(WidgetCreatedPlugin).FullName, typeof(WidgetStagePlugin).FullName },
            types.Select(t => (string?)t.Attribute("Name")));
        Assert.Equal(PluginTypeIds.For(typeof(WidgetStagePlugin).FullName!).ToString("D"), (string?)types[1].Attribute("PluginTypeId"));
    }
}
