using System;
using System.IO;
using System.Linq;
using System.Xml.Linq;
using CrmJourney.Solution.Tests.Support;
using CrmJourney.Solution.Validation;

namespace CrmJourney.Solution.Tests.Validation;

public sealed class EmittedShapeTests
{
    private static TemporarySolution CopyOfShipped()
    {
        var solution = new TemporarySolution();
        foreach (var file in Directory.EnumerateFiles(RepositoryRoot.ShippedSolution, "*", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(RepositoryRoot.ShippedSolution, file).Replace('\\', '/');
            solution.Write(relative, File.ReadAllText(file));
        }

        return solution;
    }

    private static string[] Problems(TemporarySolution solution) =>
        SolutionValidator.ForProductPlugins().Validate(solution.Root).Lines.ToArray();

    [Fact]
    public void The_shipped_folder_has_the_shape_the_product_emits()
    {
        var problems = new System.Collections.Generic.List<SolutionProblem>();

        new EmittedShapeCheck().Check(SolutionFolder.Load(RepositoryRoot.ShippedSolution), problems);

        Assert.Empty(problems);
    }

    [Fact]
    public void A_chart_carrying_primaryentitytypecode_is_reported_in_its_file_and_in_the_packed_customizations()
    {
        using var solution = CopyOfShipped();
        var chart = "Entities/Account/Visualizations/{4fe75645-4d17-464b-8b98-9a066041e151}.xml";
        solution.Write(chart, solution.Read(chart).Replace("  <isdefault>0</isdefault>", "  <isdefault>0</isdefault>\n  <primaryentitytypecode>account</primaryentitytypecode>", StringComparison.Ordinal));

        var problems = Problems(solution);

        Assert.Contains(problems, p => p.StartsWith(chart + ": the chart carries <primaryentitytypecode>, which the schema does not allow", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.StartsWith("customizations.xml (as packed): table Account: the chart carries <primaryentitytypecode>", StringComparison.Ordinal));
    }

    [Fact]
    public void An_empty_saved_queries_element_in_a_packed_customizations_xml_is_reported_by_table()
    {
        var root = XElement.Parse("<ImportExportXml><Entities><Entity><Name>cjp_serviceline</Name><SavedQueries /></Entity></Entities><Languages /></ImportExportXml>");

        var problem = Assert.Single(EmittedShapeRules.Customizations(root));

        Assert.Equal("table cjp_serviceline has an empty <SavedQueries />, which the schema rejects (it expects savedqueries); leave the element out when the table ships no view.", problem);
    }

    [Fact]
    public void Sections_out_of_export_order_are_reported_once()
    {
        var root = XElement.Parse("<ImportExportXml><Entities /><SdkMessageProcessingSteps /><SolutionPluginAssemblies /><Languages /></ImportExportXml>");

        var problem = Assert.Single(EmittedShapeRules.Customizations(root));

        Assert.StartsWith("customizations.xml's sections are out of order: <SolutionPluginAssemblies> comes after <SdkMessageProcessingSteps>", problem, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unsigned_plugin_assembly_registration_is_reported()
    {
        using var solution = CopyOfShipped();
        var registration = solution.Files().Single(f => f.EndsWith(".dll.data.xml", StringComparison.Ordinal));
        solution.Write(registration, solution.Read(registration).Replace("PublicKeyToken=46b77e67959a57dc", "PublicKeyToken=null", StringComparison.Ordinal));

        var problems = Problems(solution);

        Assert.Contains(problems, p => p.StartsWith(registration + ": the plugin assembly CrmJourney.Plugins, Version=0.1.0.0, Culture=neutral, PublicKeyToken=null has no strong name", StringComparison.Ordinal));
    }

    [Fact]
    public void A_step_naming_its_type_by_export_key_is_reported_as_the_package_shape()
    {
        using var solution = CopyOfShipped();
        var step = "SdkMessageProcessingSteps/{0bb4bd5e-9ab8-4c23-b4d0-384e467d4a58}.xml";
        var text = solution.Read(step);
        var start = text.IndexOf("  <PluginTypeName>", StringComparison.Ordinal);
        var end = text.IndexOf("  <PrimaryEntity>", StringComparison.Ordinal);
        solution.Write(step, text[..start] + "  <PluginTypeExportKey>3c8a1b7e-0000-4000-8000-000000000001</PluginTypeExportKey>\n" + text[end..]);

        var problems = Problems(solution);

        Assert.Contains(problems, p => p.StartsWith(step + ": names its plugin type by PluginTypeExportKey, the plugin-package shape", StringComparison.Ordinal));
    }

    [Fact]
    public void A_custom_api_naming_a_plugin_type_the_assembly_lacks_is_reported()
    {
        using var solution = CopyOfShipped();
        var api = "customapis/cjp_RunNurtureSweep/customapi.xml";
        solution.Write(api, solution.Read(api).Replace("15de3977-aa8d-46af-8b6e-1b7059c4ea2f", "00000000-1111-4222-8333-444444444444", StringComparison.Ordinal));

        var problems = Problems(solution);

        Assert.Contains(api + ": names plugin type 00000000-1111-4222-8333-444444444444, which no PluginType in the solution's plugin assembly has; give the class that id (Plugins/PluginTypeIds.cs) and run 'cjp solution sync'.", problems);
    }

    [Fact]
    public void A_step_file_with_its_elements_out_of_export_order_is_reported()
    {
        var step = XElement.Parse("<SdkMessageProcessingStep Name=\"x\"><PluginTypeName>A.B, A</PluginTypeName><SdkMessageId>9ebdbb1b-ea3e-db11-86a7-000a3a5473e8</SdkMessageId><PluginTypeId>15de3977-aa8d-46af-8b6e-1b7059c4ea2f</PluginTypeId></SdkMessageProcessingStep>");

        var problem = Assert.Single(EmittedShapeRules.Step(step));

        Assert.StartsWith("the step's elements are out of order: <SdkMessageId> comes after <PluginTypeName>", problem, StringComparison.Ordinal);
    }
}
