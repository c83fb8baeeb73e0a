using System;
using CrmJourney.Solution.Tests.Support;
using CrmJourney.Solution.Validation;

namespace CrmJourney.Solution.Tests.Validation;

/// <summary>
/// Each defect the import would reject, seeded into a copy of a real-export-shaped folder
/// (<see cref="RealExportShapesTests"/>): --structural-only reports it as exactly one problem, in one sentence.
/// </summary>
public sealed class SeededDefectsTests
{
    private const string AppFolder = "app-module-site-map-forms";
    private const string DealMainForm = "Entities/con_Deal/FormXml/main/{1f2e3d4c-5b6a-4978-8695-a4b3c2d1e0f1}.xml";
    private const string DealView = "Entities/con_Deal/SavedQueries/{4c5d6e7f-8091-42a3-b4c5-d6e7f8091a2b}.xml";

    private static TemporarySolution Copy(string export) => TemporarySolution.CopyOf(RealExportShapesTests.Export(export));

    private static SolutionProblem SingleProblem(TemporarySolution solution)
    {
        var report = SolutionValidator.Structural().Validate(solution.Root);
        Assert.True(report.Problems.Count == 1, string.Join(Environment.NewLine, report.Lines));
        return report.Problems[0];
    }

    [Fact]
    public void Malformed_XML_in_a_component_file_is_an_error_with_its_line()
    {
        using var solution = Copy(AppFolder);
        solution.Write(DealMainForm, solution.Read(DealMainForm).Replace("</rows>", "</row>", StringComparison.Ordinal));

        var problem = SingleProblem(solution);

        Assert.Equal(DealMainForm, problem.Path);
        Assert.Matches(@"^malformed XML at line \d+, position \d+: The 'rows' start tag on line \d+ position \d+ does not match the end tag of 'row'; fix the markup \(an unclosed or mismatched tag is the usual cause\)\.$", problem.Message);
    }

    [Fact]
    public void A_malformed_root_component_file_is_reported_once_as_malformed_not_also_as_missing()
    {
        using var solution = Copy(AppFolder);
        const string dashboard = "Dashboards/{6e7f8091-a2b3-44c5-96e7-f8091a2b3c4d}.xml";
        solution.Write(dashboard, solution.Read(dashboard).Replace("</systemform>", "</system>", StringComparison.Ordinal));

        var problem = SingleProblem(solution);

        Assert.Equal(dashboard, problem.Path);
        Assert.StartsWith("malformed XML at line ", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_Solution_xml_is_an_error()
    {
        using var solution = Copy(AppFolder);
        solution.Delete("Other/Solution.xml");

        var problem = SingleProblem(solution);

        Assert.Equal("Other/Solution.xml: missing: every unpacked solution needs this file; restore it from the last 'pac solution unpack' or from source control.", problem.ToString());
    }

    [Fact]
    public void A_missing_Customizations_xml_is_an_error()
    {
        using var solution = Copy(AppFolder);
        solution.Delete("Other/Customizations.xml");

        var problem = SingleProblem(solution);

        Assert.Equal("Other/Customizations.xml: missing: every unpacked solution needs this file; restore it from the last 'pac solution unpack' or from source control.", problem.ToString());
    }

    [Fact]
    public void A_step_naming_a_type_its_assembly_in_the_folder_lacks_is_an_error()
    {
        using var solution = Copy("assembly-step-managed-app");
        const string step = "SdkMessageProcessingSteps/{7a8b9c0d-1e2f-4a3b-8c4d-5e6f7a8b9c0d}.xml";
        solution.Write(step, solution.Read(step).Replace("<PluginTypeName>Fabrikam.Plugins.AccountCreated,", "<PluginTypeName>Fabrikam.Plugins.AccountDeleted,", StringComparison.Ordinal));

        var problem = SingleProblem(solution);

        Assert.Equal($"{step}: plugin type Fabrikam.Plugins.AccountDeleted is not registered in any PluginAssemblies file of the folder; register the class or fix PluginTypeName.", problem.ToString());
    }

    [Fact]
    public void A_step_on_an_assembly_of_another_solution_is_not_checked_against_this_folder()
    {
        using var solution = Copy("assembly-step-managed-app");
        const string step = "SdkMessageProcessingSteps/{7a8b9c0d-1e2f-4a3b-8c4d-5e6f7a8b9c0d}.xml";
        solution.Write(step, solution.Read(step).Replace("Fabrikam.Plugins.AccountCreated, Fabrikam.Plugins,", "Shared.Plugins.Audit, Shared.Plugins,", StringComparison.Ordinal));

        var report = SolutionValidator.Structural().Validate(solution.Root);

        Assert.Empty(report.Lines);
    }

    [Fact]
    public void Two_forms_of_one_layout_with_one_id_are_an_error_but_the_two_flavours_of_one_form_are_not()
    {
        using var solution = Copy(AppFolder);
        const string quick = "Entities/con_Deal/FormXml/quick/{2a3b4c5d-6e7f-4081-9293-a4b5c6d7e8f9}.xml";
        solution.Write(quick, solution.Read(quick).Replace("{2a3b4c5d-6e7f-4081-9293-a4b5c6d7e8f9}</formid>", "{1f2e3d4c-5b6a-4978-8695-a4b3c2d1e0f1}</formid>", StringComparison.Ordinal));

        var report = SolutionValidator.Structural().Validate(solution.Root);

        // The quick form clashes with the main form in both its flavours; the flavours do not clash with each other.
        Assert.Equal(
            new[]
            {
                $"{DealMainForm}: form id {{1f2e3d4c-5b6a-4978-8695-a4b3c2d1e0f1}} is also used by {quick}; ids must be unique, so give one of them a new Guid.",
                $"{DealMainForm.Replace("}.xml", "}_managed.xml", StringComparison.Ordinal)}: form id {{1f2e3d4c-5b6a-4978-8695-a4b3c2d1e0f1}} is also used by {quick}; ids must be unique, so give one of them a new Guid.",
                $"{quick}: form id {{1f2e3d4c-5b6a-4978-8695-a4b3c2d1e0f1}} is also used by {DealMainForm}, {DealMainForm.Replace("}.xml", "}_managed.xml", StringComparison.Ordinal)}; ids must be unique, so give one of them a new Guid.",
            },
            report.Lines);
    }

    [Fact]
    public void A_view_naming_a_column_its_custom_table_does_not_define_is_an_error()
    {
        using var solution = Copy(AppFolder);
        solution.Write(DealView, solution.Read(DealView).Replace("<attribute name=\"con_amount\" />", "<attribute name=\"con_amout\" />", StringComparison.Ordinal));

        var problem = SingleProblem(solution);

        Assert.Equal(DealView, problem.Path);
        Assert.Matches(@"^the FetchXML names column con_amout \(line \d+\), which does not exist on table con_deal; fix the name or add the column\.$", problem.Message);
    }

    [Fact]
    public void A_form_binding_a_column_its_custom_table_does_not_define_is_an_error()
    {
        using var solution = Copy(AppFolder);
        solution.Write("Entities/con_Deal/FormXml/card/{0c1d2e3f-4a5b-4c6d-8e7f-8091a2b3c4d5}.xml", """
            <forms>
              <systemform>
                <formid>{0c1d2e3f-4a5b-4c6d-8e7f-8091a2b3c4d5}</formid>
                <form>
                  <tabs><tab><columns><column><sections><section><rows><row><cell>
                    <control id="con_nmae" classid="{4273EDBD-AC1D-40d3-9FB2-095C621B552D}" datafieldname="con_nmae" />
                  </cell></row></rows></section></sections></column></columns></tab></tabs>
                </form>
              </systemform>
            </forms>
            """);

        var problem = SingleProblem(solution);

        Assert.Equal("Entities/con_Deal/FormXml/card/{0c1d2e3f-4a5b-4c6d-8e7f-8091a2b3c4d5}.xml: form {0c1d2e3f-4a5b-4c6d-8e7f-8091a2b3c4d5}: the control at line 6 binds column con_nmae, which does not exist on table con_deal; fix datafieldname or add the column.", problem.ToString());
    }

    [Fact]
    public void A_relationship_to_a_table_neither_in_the_folder_nor_standard_is_an_error()
    {
        using var solution = Copy(AppFolder);
        const string path = "Other/Relationships/con_Borrower.xml";
        solution.Write(path, solution.Read(path).Replace("<ReferencedEntityName>con_Borrower</ReferencedEntityName>", "<ReferencedEntityName>con_Lender</ReferencedEntityName>", StringComparison.Ordinal));

        var problem = SingleProblem(solution);

        Assert.Equal($"{path}: relationship con_con_borrower_con_deal_BorrowerId: table con_lender is neither in the folder nor a standard table; add the table's folder under Entities, or fix the name.", problem.ToString());
    }

    [Fact]
    public void A_root_component_with_no_file_is_an_error()
    {
        using var solution = Copy("owned-tables-flows-canvas");
        const string flow = "Workflows/Exportdata-F98AECBB-37CD-4B11-BACC-022486D7E2C2.json";
        solution.Delete(flow);
        solution.Delete(flow + ".data.xml");

        var problem = SingleProblem(solution);

        Assert.Equal("Other/Solution.xml: root component {f98aecbb-37cd-4b11-bacc-022486d7e2c2} (type 29) has no file in the folder; add the component's files (unpack a fresh export) or remove its <RootComponent>.", problem.ToString());
    }

    [Fact]
    public void A_named_root_component_with_no_folder_is_an_error()
    {
        using var solution = Copy("plugin-package-custom-api-env-var");
        const string path = "Other/Solution.xml";
        solution.Write(path, solution.Read(path).Replace("schemaName=\"mf_ServiceUrl\"", "schemaName=\"mf_ServiceUri\"", StringComparison.Ordinal));

        var problem = SingleProblem(solution);

        Assert.Equal($"{path}: root component mf_ServiceUri (type 380) has no file in the folder; add the component's files (unpack a fresh export) or remove its <RootComponent>.", problem.ToString());
    }

    [Fact]
    public void A_web_resource_whose_content_file_is_missing_is_an_error()
    {
        using var solution = Copy(AppFolder);
        solution.Delete("WebResources/con_/scripts/deal.js");

        var problem = SingleProblem(solution);

        Assert.Equal("WebResources/con_/scripts/deal.js.data.xml: names the file /WebResources/con_/scripts/deal.js in <FileName>, which is not in the folder; add the file or fix the path.", problem.ToString());
    }

    [Fact]
    public void A_web_resource_named_xml_whose_content_is_malformed_XML_is_not_parsed()
    {
        using var solution = Copy(AppFolder);
        solution.Write("WebResources/con_/data/settings.xml", "<settings><stage>Intake</settings>");

        var report = SolutionValidator.Structural().Validate(solution.Root);

        Assert.Empty(report.Lines);
    }

    [Fact]
    public void A_role_the_app_maps_that_the_folder_cannot_see_is_not_an_error()
    {
        using var solution = Copy(AppFolder);
        const string app = "AppModules/new_Lending/AppModule.xml";
        solution.Write(app, solution.Read(app).Replace("<Role id=\"{627090ff-40a3-4053-8790-584edc5be201}\" />", "<Role id=\"{0f0e0d0c-0b0a-4909-8807-060504030201}\" />", StringComparison.Ordinal));

        var report = SolutionValidator.Structural().Validate(solution.Root);

        Assert.Empty(report.Lines);
    }
}
