using System;
using System.Collections.Generic;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Xml.Linq;
using CrmJourney.Solution.Packing;
using CrmJourney.Solution.Tests.Support;

namespace CrmJourney.Solution.Tests.Packing;

/// <summary>
/// The zip `cjp solution pack` writes from the shipped folder, read back as Dataverse would: every file a
/// component names is in it, and every step and the custom API name a plugin type that the zip's own
/// plugin assembly defines (read from its metadata, not from the code that wrote the registration).
/// </summary>
public sealed class PackedZipTests
{
    private static readonly Lazy<Dictionary<string, byte[]>> _zip = new(() =>
    {
        using var stream = new MemoryStream();
        new SolutionPacker().Pack(RepositoryRoot.ShippedSolution, stream, DeployablePlugin.Path);
        stream.Position = 0;
        using var zip = new ZipArchive(stream, ZipArchiveMode.Read);
        return zip.Entries.ToDictionary(e => e.FullName, e =>
        {
            using var entry = e.Open();
            using var copy = new MemoryStream();
            entry.CopyTo(copy);
            return copy.ToArray();
        });
    });

    private static XElement Xml(string entry) => XDocument.Load(new MemoryStream(_zip.Value[entry])).Root!;

    private static XElement Assembly => Assert.Single(Xml("customizations.xml").Element("SolutionPluginAssemblies")!.Elements("PluginAssembly"));

    [Fact]
    public void The_plugin_assembly_the_registration_names_is_in_the_zip_and_is_that_assembly()
    {
        var fileName = Assembly.Element("FileName")!.Value;

        Assert.StartsWith("/PluginAssemblies/", fileName, StringComparison.Ordinal);
        Assert.True(_zip.Value.ContainsKey(fileName.TrimStart('/')), $"the zip lacks {fileName}, which its PluginAssembly names");
        var inspection = PluginAssemblyInspector.Inspect(_zip.Value[fileName.TrimStart('/')], fileName);
        Assert.Equal((string?)Assembly.Attribute("FullName"), inspection.FullName);
        Assert.DoesNotContain("PublicKeyToken=null", inspection.FullName, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_step_names_a_plugin_type_the_zips_assembly_defines_by_name_and_by_id()
    {
        var defined = DefinedTypes();
        var registered = Assembly.Element("PluginTypes")!.Elements("PluginType")
            .ToDictionary(t => Guid.Parse((string)t.Attribute("PluginTypeId")!), t => (string)t.Attribute("Name")!);
        var steps = Xml("customizations.xml").Element("SdkMessageProcessingSteps")!.Elements("SdkMessageProcessingStep").ToList();

        Assert.NotEmpty(steps);
        foreach (var step in steps)
        {
            var typeName = step.Element("PluginTypeName")!.Value;
            var typePart = typeName[..typeName.IndexOf(',', StringComparison.Ordinal)];
            Assert.Equal(typePart + ", " + (string?)Assembly.Attribute("FullName"), typeName);
            Assert.Contains(typePart, defined);
            var id = Guid.Parse(step.Element("PluginTypeId")!.Value);
            Assert.True(registered.TryGetValue(id, out var name), $"step {(string?)step.Attribute("Name")} names plugin type id {id}, which the PluginAssembly does not list");
            Assert.Equal(typePart, name);
            Assert.Null(step.Element("PluginTypeExportKey"));
        }
    }

    [Fact]
    public void The_custom_api_names_a_plugin_type_the_zips_assembly_defines()
    {
        var api = Xml("customapis/cjp_RunNurtureSweep/customapi.xml");
        var id = Guid.Parse(api.Element("plugintypeid")!.Element("plugintypeid")!.Value);

        var type = Assembly.Element("PluginTypes")!.Elements("PluginType").SingleOrDefault(t => Guid.Parse((string)t.Attribute("PluginTypeId")!) == id);

        Assert.NotNull(type);
        Assert.Equal("CrmJourney.Plugins.Sweep.RunNurtureSweepPlugin", (string?)type.Attribute("Name"));
        Assert.Contains("CrmJourney.Plugins.Sweep.RunNurtureSweepPlugin", DefinedTypes());
    }

    [Fact]
    public void Every_file_the_zip_holds_is_declared_in_content_types_and_nothing_is_left_unpacked()
    {
        var types = Xml("[Content_Types].xml");
        XNamespace ns = "http://schemas.openxmlformats.org/package/2006/content-types";
        var extensions = types.Elements(ns + "Default").Select(d => (string)d.Attribute("Extension")!).ToHashSet(StringComparer.OrdinalIgnoreCase);

        Assert.All(_zip.Value.Keys.Where(k => k.Contains('.', StringComparison.Ordinal)), k => Assert.Contains(k[(k.LastIndexOf('.') + 1)..], extensions));
        Assert.DoesNotContain(_zip.Value.Keys, k => k.StartsWith("Other/", StringComparison.Ordinal) || k.StartsWith("pluginpackages/", StringComparison.Ordinal) || k.EndsWith(".data.xml", StringComparison.Ordinal));
    }

    private static IReadOnlySet<string> DefinedTypes()
    {
        var fileName = Assembly.Element("FileName")!.Value.TrimStart('/');
        return PluginAssemblyInspector.Inspect(_zip.Value[fileName], fileName).DefinedTypes;
    }
}
