using System;
using System.Linq;
using System.Xml.Linq;
using CrmJourney.Solution.Tests.Samples;

namespace CrmJourney.Solution.Tests;

public sealed class SolutionManifestTests
{
    private const string Manifest = """
        <?xml version="1.0" encoding="utf-8"?>
        <ImportExportXml xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
          <SolutionManifest>
            <UniqueName>Widgets</UniqueName>
            <Version>2.1.0.0</Version>
            <Publisher>
              <CustomizationPrefix>wid</CustomizationPrefix>
              <CustomizationOptionValuePrefix>12345</CustomizationOptionValuePrefix>
              <EMailAddress xsi:nil="true"></EMailAddress>
            </Publisher>
            <RootComponents>
              <RootComponent type="1" schemaName="wid_widget" behavior="0" />
              <RootComponent type="92" id="{11111111-1111-4111-8111-111111111111}" behavior="0" />
              <RootComponent type="20" id="{22222222-2222-4222-8222-222222222222}" behavior="0" />
            </RootComponents>
          </SolutionManifest>
        </ImportExportXml>
        """;

    [Fact]
    public void The_publisher_prefixes_and_version_are_read_from_the_manifest()
    {
        var manifest = SolutionManifest.Parse(Manifest);

        Assert.Equal("Widgets", manifest.UniqueName);
        Assert.Equal("2.1.0.0", manifest.Version);
        Assert.Equal("wid", manifest.CustomizationPrefix);
        Assert.Equal(12345, manifest.OptionValuePrefix);
    }

    [Fact]
    public void Plugin_root_components_become_one_assembly_row_and_one_row_per_step_and_other_rows_keep_their_place()
    {
        var package = SamplePlugins.Assembly();
        var steps = new[] { Guid.Parse("bbbbbbbb-0000-4000-8000-000000000002"), Guid.Parse("aaaaaaaa-0000-4000-8000-000000000001") };

        var text = SolutionManifest.Parse(Manifest).WithPluginRootComponents(package, steps);

        var rows = XDocument.Parse(text).Descendants("RootComponent")
            .Select(r => $"{(string?)r.Attribute("type")} {(string?)r.Attribute("id") ?? (string?)r.Attribute("schemaName")}")
            .ToList();
        Assert.Equal(
            new[]
            {
                "1 wid_widget",
                "20 {22222222-2222-4222-8222-222222222222}",
                $"91 {{{package.AssemblyId:D}}}",
                "92 {aaaaaaaa-0000-4000-8000-000000000001}",
                "92 {bbbbbbbb-0000-4000-8000-000000000002}",
            },
            rows);
        Assert.Contains("<EMailAddress xsi:nil=\"true\"></EMailAddress>", text, StringComparison.Ordinal);
    }
}
