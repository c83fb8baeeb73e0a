using System;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Xml.Linq;
using CrmJourney.Solution.Packing;
using CrmJourney.Solution.Tests.Samples;
using CrmJourney.Solution.Tests.Support;

namespace CrmJourney.Solution.Tests.Packing;

public sealed class SolutionPackerTests
{
    private static byte[] Pack(string folder, string? assembly = null)
    {
        using var stream = new MemoryStream();
        new SolutionPacker().Pack(folder, stream, assembly);
        return stream.ToArray();
    }

    // The sample plugins' own assembly (this test assembly) is the build their registration describes.
    private static string SampleAssemblyPath => typeof(SamplePlugins).Assembly.Location;

    private static TemporarySolution SyncedSampleSolution()
    {
        var solution = new TemporarySolution().WithTable("cjp_widget", "cjp_name", "cjp_stage");
        SolutionSynchronizer.Apply(new SolutionSynchronizer(SamplePlugins.Catalog(), SamplePlugins.Assembly()).Plan(solution.Root));
        return solution;
    }

    private static ZipArchive Open(byte[] zip) => new(new MemoryStream(zip), ZipArchiveMode.Read);

    private static XDocument Entry(ZipArchive zip, string name)
    {
        using var stream = zip.GetEntry(name)!.Open();
        return XDocument.Load(stream);
    }

    [Fact]
    public void The_shipped_solution_packs_into_the_three_parts_the_custom_api_folder_and_the_plugin_assembly()
    {
        using var zip = Open(Pack(RepositoryRoot.ShippedSolution, DeployablePlugin.Path));

        var names = zip.Entries.Select(e => e.FullName).ToList();

        Assert.Equal(new[] { "[Content_Types].xml", "solution.xml", "customizations.xml" }, names.Take(3));
        Assert.Contains("customapis/cjp_RunNurtureSweep/customapi.xml", names);
        Assert.Contains("customapis/cjp_RunNurtureSweep/customapirequestparameters/AsOf/customapirequestparameter.xml", names);
        Assert.Contains("PluginAssemblies/CrmJourney.Plugins-89569E3A-42EA-5D96-8EC8-00F34C45D4AD/CrmJourney.Plugins.dll", names);
        Assert.DoesNotContain(names, n => n.StartsWith("pluginpackages/", StringComparison.Ordinal));
        Assert.DoesNotContain(names, n => n.StartsWith("Entities/", StringComparison.Ordinal) || n.StartsWith("OptionSets/", StringComparison.Ordinal) || n.StartsWith("Other/", StringComparison.Ordinal));
        Assert.Equal("CrmJourneyPlugins", Entry(zip, "solution.xml").Root!.Element("SolutionManifest")!.Element("UniqueName")!.Value);
    }

    [Fact]
    public void Customizations_xml_holds_every_table_choice_relationship_role_view_and_chart()
    {
        using var zip = Open(Pack(RepositoryRoot.ShippedSolution, DeployablePlugin.Path));

        var root = Entry(zip, "customizations.xml").Root!;

        Assert.Equal(
            new[] { "Account", "Lead", "Opportunity", "Task", "cjp_engagement", "cjp_nurturelog", "cjp_nurturerule", "cjp_referral", "cjp_serviceline", "cjp_stagetransition" },
            root.Element("Entities")!.Elements("Entity").Select(e => e.Element("Name")!.Value));
        Assert.Equal(
            new[] { "cjp_assigneetype", "cjp_engagementstatus", "cjp_formersentiment", "cjp_journeystage", "cjp_nurtureruletype", "cjp_prospectoutcome", "cjp_referralchannel", "cjp_referralstatus", "cjp_taskpriority", "cjp_tier", "cjp_touchpointchannel", "cjp_transitiontrigger" },
            root.Element("optionsets")!.Elements("optionset").Select(o => (string?)o.Attribute("Name")));
        var listed = XDocument.Load(Path.Combine(RepositoryRoot.ShippedSolution, "Other", "Relationships.xml")).Root!.Elements("EntityRelationship").Select(r => (string?)r.Attribute("Name")).Order(StringComparer.Ordinal);
        Assert.Equal(listed, root.Element("EntityRelationships")!.Elements("EntityRelationship").Select(r => (string?)r.Attribute("Name")));
        Assert.Equal(new[] { "Journey rules administrator", "Journey user" }, root.Element("Roles")!.Elements("Role").Select(r => (string?)r.Attribute("name")));
        Assert.Contains(root.Element("EntityRelationships")!.Elements("EntityRelationship"), r => (string?)r.Attribute("Name") == "cjp_account_cjp_engagement_accountid");
        var account = root.Element("Entities")!.Elements("Entity").Single(e => e.Element("Name")!.Value == "Account");
        // The three journey views of the first release plus the app's five (my quiet, my pigeonholed, advocates to check in, not-now due, accounts in the journey).
        Assert.Equal(8, account.Element("SavedQueries")!.Element("savedqueries")!.Elements("savedquery").Count());
        Assert.Equal("{4fe75645-4d17-464b-8b98-9a066041e151}", account.Element("Visualizations")!.Element("visualization")!.Element("savedqueryvisualizationid")!.Value);
        Assert.Equal(new[] { "Name", "EntityInfo", "FormXml", "SavedQueries", "RibbonDiffXml", "Visualizations" }, account.Elements().Select(e => e.Name.LocalName));
        Assert.Equal("1033", root.Element("Languages")!.Element("Language")!.Value);
    }

    [Fact]
    public void Packing_the_same_folder_twice_gives_identical_bytes()
    {
        var first = Pack(RepositoryRoot.ShippedSolution, DeployablePlugin.Path);

        var second = Pack(RepositoryRoot.ShippedSolution, DeployablePlugin.Path);

        Assert.Equal(first, second);
    }

    [Fact]
    public void Every_entry_carries_the_fixed_timestamp()
    {
        using var zip = Open(Pack(RepositoryRoot.ShippedSolution, DeployablePlugin.Path));

        Assert.All(zip.Entries, e => Assert.Equal(new DateTime(1980, 1, 1), e.LastWriteTime.DateTime));
    }

    [Fact]
    public void Content_types_declare_each_extension_and_each_file_without_one()
    {
        var types = XDocument.Parse(ContentTypes.For(new[] { "solution.xml", "PluginAssemblies/A-1/A.dll", "pluginpackages/p/package/p.nupkg", "WebResources/cjp_script" })).Root!;

        XNamespace ns = "http://schemas.openxmlformats.org/package/2006/content-types";
        Assert.Equal(new[] { "dll", "nupkg", "xml" }, types.Elements(ns + "Default").Select(d => (string?)d.Attribute("Extension")));
        Assert.Equal(new[] { "/WebResources/cjp_script" }, types.Elements(ns + "Override").Select(d => (string?)d.Attribute("PartName")));
        Assert.All(types.Elements(), e => Assert.Equal("application/octet-stream", (string?)e.Attribute("ContentType")));
    }

    [Fact]
    public void Steps_and_the_assembly_registration_are_merged_and_the_built_dll_goes_where_the_registration_names_it()
    {
        using var solution = SyncedSampleSolution();

        using var zip = Open(Pack(solution.Root, SampleAssemblyPath));

        var root = Entry(zip, "customizations.xml").Root!;
        var names = root.Elements().Select(e => e.Name.LocalName).ToList();
        Assert.Equal(names.IndexOf("CustomControls") + 1, names.IndexOf("SolutionPluginAssemblies"));
        Assert.Equal(names.IndexOf("SolutionPluginAssemblies") + 1, names.IndexOf("SdkMessageProcessingSteps"));
        Assert.Equal(
            new[] { $"{{{WidgetCreatedPlugin.StepId}}}", $"{{{WidgetStagePlugin.StepId}}}" },
            root.Element("SdkMessageProcessingSteps")!.Elements("SdkMessageProcessingStep").Select(s => (string?)s.Attribute("SdkMessageProcessingStepId")));
        var assembly = Assert.Single(root.Element("SolutionPluginAssemblies")!.Elements("PluginAssembly"));
        var dllEntry = assembly.Element("FileName")!.Value.TrimStart('/');
        using var stream = zip.GetEntry(dllEntry)!.Open();
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        Assert.Equal(File.ReadAllBytes(SampleAssemblyPath), copy.ToArray());
    }

    [Fact]
    public void A_registration_without_its_dll_is_refused()
    {
        using var solution = SyncedSampleSolution();

        var refusal = Assert.Throws<InvalidDataException>(() => Pack(solution.Root));

        Assert.Contains("which is neither in the folder nor given", refusal.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_dll_of_another_assembly_is_refused_rather_than_shipped_under_the_registration()
    {
        using var solution = SyncedSampleSolution();
        var impostor = Path.Combine(solution.Root, "..", Guid.NewGuid().ToString("N"), Path.GetFileName(SampleAssemblyPath));
        Directory.CreateDirectory(Path.GetDirectoryName(impostor)!);
        File.Copy(DeployablePlugin.Path, impostor);

        var refusal = Assert.Throws<InvalidDataException>(() => Pack(solution.Root, impostor));

        Assert.Contains("is CrmJourney.Plugins, Version=", refusal.Message, StringComparison.Ordinal);
        Assert.Contains("the zip must carry the assembly the registration describes", refusal.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_registered_plugin_type_the_dll_does_not_define_is_refused()
    {
        using var solution = SyncedSampleSolution();
        var registration = solution.Files().Single(f => f.EndsWith(".dll.data.xml", StringComparison.Ordinal));
        var text = solution.Read(registration).Replace(typeof(WidgetStagePlugin).FullName!, "CrmJourney.Solution.Tests.Samples.WidgetGonePlugin", StringComparison.Ordinal);
        solution.Write(registration, text);

        var refusal = Assert.Throws<InvalidDataException>(() => Pack(solution.Root, SampleAssemblyPath));

        Assert.Contains("does not define CrmJourney.Solution.Tests.Samples.WidgetGonePlugin", refusal.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_table_without_views_leaves_no_empty_saved_queries_element_and_the_chart_carries_only_schema_elements()
    {
        using var zip = Open(Pack(RepositoryRoot.ShippedSolution, DeployablePlugin.Path));

        var entities = Entry(zip, "customizations.xml").Root!.Element("Entities")!.Elements("Entity").ToList();

        Assert.DoesNotContain(entities, e => e.Element("SavedQueries") is { } q && !q.Elements().Any());
        var lead = entities.Single(e => e.Element("Name")!.Value == "Lead");
        Assert.Null(lead.Element("SavedQueries"));
        var account = entities.Single(e => e.Element("Name")!.Value == "Account");
        Assert.Equal(8, account.Element("SavedQueries")!.Element("savedqueries")!.Elements("savedquery").Count());
        var charts = entities.SelectMany(e => e.Element("Visualizations")?.Elements("visualization") ?? Enumerable.Empty<XElement>()).ToList();
        Assert.Equal(4, charts.Count);
        Assert.All(charts, chart => Assert.Null(chart.Element("primaryentitytypecode")));
    }

    [Fact]
    public void Content_the_packer_cannot_merge_is_refused_instead_of_dropped()
    {
        using var solution = new TemporarySolution().Write("WebResources/cjp_script.js", "alert(1);");

        var refusal = Assert.Throws<InvalidDataException>(() => Pack(solution.Root));

        Assert.Contains("WebResources/cjp_script.js", refusal.Message, StringComparison.Ordinal);
        Assert.Contains("pac solution pack", refusal.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Packing_to_a_file_that_fails_leaves_no_file_behind()
    {
        using var solution = new TemporarySolution().Write("WebResources/cjp_script.js", "alert(1);");
        var zipPath = Path.Combine(solution.Root, "..", Guid.NewGuid().ToString("N") + ".zip");

        Assert.Throws<InvalidDataException>(() => new SolutionPacker().PackToFile(solution.Root, zipPath));

        Assert.False(File.Exists(zipPath));
        Assert.False(File.Exists(zipPath + ".partial"));
    }

    [Fact]
    public void The_zip_carries_the_app_its_site_map_dashboard_forms_and_form_script()
    {
        using var zip = Open(Pack(RepositoryRoot.ShippedSolution, DeployablePlugin.Path));

        var root = Entry(zip, "customizations.xml").Root!;
        var entities = root.Element("Entities")!.Elements("Entity").ToDictionary(e => e.Element("Name")!.Value);

        Assert.Equal("cjp_ClientJourney", root.Element("AppModules")!.Element("AppModule")!.Element("UniqueName")!.Value);
        Assert.Equal("cjp_ClientJourney", root.Element("AppModuleSiteMaps")!.Element("AppModuleSiteMap")!.Element("SiteMapUniqueName")!.Value);
        Assert.Equal("Client journey", root.Element("Dashboards")!.Element("Dashboard")!.Element("LocalizedNames")!.Element("LocalizedName")!.Attribute("description")!.Value);
        Assert.Equal("cjp_/scripts/nurtureruleform.js", root.Element("WebResources")!.Element("WebResource")!.Element("Name")!.Value);
        Assert.Equal(new[] { "main", "quick" }, entities["cjp_referral"].Element("FormXml")!.Elements("forms").Select(f => (string?)f.Attribute("type")));
        Assert.Equal("Client Journey account", entities["Account"].Element("FormXml")!.Element("forms")!.Element("systemform")!.Element("LocalizedNames")!.Element("LocalizedName")!.Attribute("description")!.Value);
        Assert.Equal(new[] { "Name", "EntityInfo", "FormXml", "SavedQueries", "RibbonDiffXml" }, entities["cjp_nurturerule"].Elements().Select(e => e.Name.LocalName));
        Assert.NotNull(zip.GetEntry("WebResources/cjp_/scripts/nurtureruleform.js"));
        Assert.DoesNotContain(zip.Entries, e => e.FullName.EndsWith(".data.xml", StringComparison.Ordinal) || e.FullName.StartsWith("AppModules/", StringComparison.Ordinal));
    }
}
