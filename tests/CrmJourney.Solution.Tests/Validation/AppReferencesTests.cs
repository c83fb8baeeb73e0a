using System;
using CrmJourney.Solution.Tests.Support;
using CrmJourney.Solution.Validation;

namespace CrmJourney.Solution.Tests.Validation;

/// <summary>
/// What a model-driven app, its site map, forms and dashboards name must exist: tables anywhere (folder,
/// standard, declared dependency), and this publisher's views and web resources in the folder. Seeded
/// into a copy of the app-shaped export, whose publisher prefix is new (its tables and web resources
/// were made under con_, as in the export it is modelled on).
/// </summary>
public sealed class AppReferencesTests
{
    private const string App = "AppModules/new_Lending/AppModule.xml";
    private const string SiteMap = "AppModuleSiteMaps/new_Lending/AppModuleSiteMap.xml";
    private const string BorrowerForm = "Entities/con_Borrower/FormXml/main/{3b4c5d6e-7f80-4192-a3b4-c5d6e7f8091a}.xml";

    private static TemporarySolution Copy() => TemporarySolution.CopyOf(RealExportShapesTests.Export("app-module-site-map-forms"));

    private static string[] Problems(TemporarySolution solution) => System.Linq.Enumerable.ToArray(SolutionValidator.Structural().Validate(solution.Root).Lines);

    [Fact]
    public void An_app_naming_a_table_that_exists_nowhere_is_reported()
    {
        using var solution = Copy();
        solution.Write(App, solution.Read(App).Replace("<AppModuleComponent type=\"1\" schemaName=\"account\" />", "<AppModuleComponent type=\"1\" schemaName=\"con_lender\" />", StringComparison.Ordinal));

        Assert.Equal(new[] { $"{App}: app new_Lending: table con_lender (line 13) is neither in the folder nor a standard table; add the table or remove the AppModuleComponent." }, Problems(solution));
    }

    [Fact]
    public void An_app_whose_site_map_is_neither_in_the_folder_nor_declared_is_reported()
    {
        using var solution = Copy();
        solution.Write(App, solution.Read(App).Replace("<AppModuleComponent type=\"62\" schemaName=\"new_Lending\" />", "<AppModuleComponent type=\"62\" schemaName=\"new_Lendings\" />", StringComparison.Ordinal));

        Assert.Equal(new[] { $"{App}: app new_Lending: site map new_Lendings (line 20) is not under AppModuleSiteMaps; add AppModuleSiteMaps/new_Lendings/AppModuleSiteMap.xml or fix the schemaName." }, Problems(solution));
    }

    [Fact]
    public void A_site_map_area_opening_a_table_that_exists_nowhere_is_reported()
    {
        using var solution = Copy();
        solution.Write(SiteMap, solution.Read(SiteMap).Replace("Entity=\"con_borrower\"", "Entity=\"con_borower\"", StringComparison.Ordinal));

        var problem = Assert.Single(Problems(solution));
        Assert.Matches(@"^AppModuleSiteMaps/new_Lending/AppModuleSiteMap\.xml: site map area subarea_borrowers \(line \d+\) opens table con_borower, which is neither in the folder nor a standard table; fix Entity or add the table\.$", problem);
    }

    [Fact]
    public void A_site_map_area_opening_a_missing_web_resource_of_this_publisher_is_reported_and_one_of_another_publisher_is_not()
    {
        using var solution = Copy();
        solution.Write(SiteMap, solution.Read(SiteMap)
            .Replace("$webresource:con_/pages/help.html", "$webresource:new_/pages/help.html", StringComparison.Ordinal)
            .Replace("Entity=\"account\"", "Url=\"/WebResources/msdyn_/Dashboard.html\"", StringComparison.Ordinal));

        var problem = Assert.Single(Problems(solution));
        Assert.Matches(@"^AppModuleSiteMaps/new_Lending/AppModuleSiteMap\.xml: site map area subarea_help \(line \d+\) opens web resource new_/pages/help\.html, which is not in the folder; add it under WebResources or fix the Url\.$", problem);
    }

    [Fact]
    public void A_subgrid_using_a_view_its_custom_table_does_not_have_is_reported()
    {
        using var solution = Copy();
        solution.Write(BorrowerForm, solution.Read(BorrowerForm).Replace("<ViewId>{4c5d6e7f-8091-42a3-b4c5-d6e7f8091a2b}</ViewId>", "<ViewId>{5d6e7f80-91a2-43b4-85d6-e7f8091a2b3c}</ViewId>", StringComparison.Ordinal));

        var problem = Assert.Single(Problems(solution));
        Assert.Matches(@"^Entities/con_Borrower/FormXml/main/\{3b4c5d6e-7f80-4192-a3b4-c5d6e7f8091a\}\.xml: form \{3b4c5d6e-7f80-4192-a3b4-c5d6e7f8091a\}: the subgrid at line \d+ shows table con_deal with view \{5d6e7f80-91a2-43b4-85d6-e7f8091a2b3c\}, a view of table con_borrower; pick a view of con_deal\.$", problem);
    }

    [Fact]
    public void A_subgrid_following_a_relationship_the_folder_does_not_define_between_its_own_tables_is_reported()
    {
        using var solution = Copy();
        solution.Write(BorrowerForm, solution.Read(BorrowerForm).Replace("<RelationshipName>con_con_borrower_con_deal_BorrowerId</RelationshipName>", "<RelationshipName>con_borrower_deals</RelationshipName>", StringComparison.Ordinal));

        var problem = Assert.Single(Problems(solution));
        Assert.Matches(@": the subgrid at line \d+ follows relationship con_borrower_deals, which no file under Other/Relationships defines; fix RelationshipName or add the relationship\.$", problem);
    }

    [Fact]
    public void A_dashboard_subgrid_on_a_table_that_exists_nowhere_is_reported()
    {
        using var solution = Copy();
        const string dashboard = "Dashboards/{6e7f8091-a2b3-44c5-96e7-f8091a2b3c4d}.xml";
        solution.Write(dashboard, solution.Read(dashboard).Replace("<TargetEntityType>con_deal</TargetEntityType>", "<TargetEntityType>con_deals</TargetEntityType>", StringComparison.Ordinal));

        var problem = Assert.Single(Problems(solution));
        Assert.Matches(@"^Dashboards/\{6e7f8091-a2b3-44c5-96e7-f8091a2b3c4d\}\.xml: form \{6e7f8091-a2b3-44c5-96e7-f8091a2b3c4d\}: the subgrid at line \d+ shows table con_deals, which is neither in the folder nor a standard table; fix TargetEntityType or add the table\.$", problem);
    }

    [Fact]
    public void A_form_loading_a_script_of_this_publisher_that_is_not_in_the_folder_is_reported()
    {
        using var solution = Copy();
        const string form = "Entities/con_Deal/FormXml/quick/{2a3b4c5d-6e7f-4081-9293-a4b5c6d7e8f9}.xml";
        solution.Write(form, solution.Read(form).Replace("</tabs>", "</tabs>\n      <formLibraries>\n        <Library name=\"new_/scripts/quick.js\" libraryUniqueId=\"{2c3d4e5f-6071-4283-94a5-b6c7d8e9fa0b}\" />\n      </formLibraries>", StringComparison.Ordinal));

        var problem = Assert.Single(Problems(solution));
        Assert.Matches(@"^Entities/con_Deal/FormXml/quick/\{2a3b4c5d-6e7f-4081-9293-a4b5c6d7e8f9\}\.xml: form \{2a3b4c5d-6e7f-4081-9293-a4b5c6d7e8f9\}: the script library at line \d+ loads web resource new_/scripts/quick\.js, which is not in the folder; add it under WebResources or fix the name\.$", problem);
    }

    [Fact]
    public void A_choice_of_another_publisher_is_not_held_to_this_publisher_s_option_value_prefix()
    {
        // con_deal_con_stage is numbered 66327xxxx; the solution's publisher (new, 10000) did not make it.
        using var solution = Copy();

        var report = SolutionValidator.Structural().Add(new OptionValuePrefixCheck()).Validate(solution.Root);

        Assert.Empty(report.Lines);
    }
}
