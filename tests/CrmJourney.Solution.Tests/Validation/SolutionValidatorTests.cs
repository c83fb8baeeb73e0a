using System;
using System.Linq;
using CrmJourney.Solution.Tests.Samples;
using CrmJourney.Solution.Tests.Support;
using CrmJourney.Solution.Validation;

namespace CrmJourney.Solution.Tests.Validation;

public sealed class SolutionValidatorTests
{
    private static readonly SolutionValidator _withSamples = SolutionValidator.WithCode(SamplePlugins.Catalog(), SamplePlugins.Assembly());

    private static TemporarySolution SyncedWidgets()
    {
        var solution = new TemporarySolution().WithTable("cjp_widget", "cjp_widgetid", "cjp_name", "cjp_stage");
        SolutionSynchronizer.Apply(new SolutionSynchronizer(SamplePlugins.Catalog(), SamplePlugins.Assembly()).Plan(solution.Root));
        return solution;
    }

    private static string StepPath(string id) => $"SdkMessageProcessingSteps/{{{id}}}.xml";

    [Fact]
    public void The_shipped_solution_has_no_problem_against_the_real_plugin_catalog()
    {
        var report = SolutionValidator.ForProductPlugins().Validate(RepositoryRoot.ShippedSolution);

        Assert.True(report.IsValid, string.Join(Environment.NewLine, report.Lines));
        Assert.True(report.FilesChecked > 40);
    }

    [Fact]
    public void A_freshly_synced_solution_has_no_problem()
    {
        using var solution = SyncedWidgets();

        var report = _withSamples.Validate(solution.Root);

        Assert.Empty(report.Lines);
    }

    [Fact]
    public void A_minimal_solution_of_another_publisher_without_cjp_tables_is_valid()
    {
        using var solution = new TemporarySolution(prefix: "contoso", optionValuePrefix: 12345)
            .WithTable("contoso_gadget", "contoso_gadgetid", "contoso_name", "contoso_colour")
            .WithChoice("contoso_colour", 123450000, 123450001)
            .WithView("contoso_gadget", Guid.Parse("5b7c3d1e-2f4a-4b6c-8d9e-0f1a2b3c4d5e"), "contoso_name", "contoso_colour")
            .WithTable("account", "contoso_rating")
            .WithView("account", Guid.Parse("6c8d4e2f-3a5b-4c7d-9e0f-1a2b3c4d5e6f"), "name", "accountnumber", "contoso_rating");

        var report = SolutionValidator.Structural().Validate(solution.Root);

        Assert.Empty(report.Lines);
    }

    [Fact]
    public void A_table_folder_without_its_Entity_xml_is_reported()
    {
        using var solution = new TemporarySolution().WithView("cjp_widget", Guid.Parse("1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d"), "cjp_name");

        var report = SolutionValidator.Structural().Validate(solution.Root);

        Assert.Equal(new[] { "Entities/cjp_widget/Entity.xml: missing: the table folder Entities/cjp_widget has no table definition; add the Entity.xml exported with the table, or remove the folder." }, report.Lines);
    }

    [Fact]
    public void Missing_Solution_xml_and_Customizations_xml_are_each_reported()
    {
        using var solution = new TemporarySolution();
        solution.Delete("Other/Solution.xml");
        solution.Delete("Other/Customizations.xml");

        var report = SolutionValidator.Structural().Validate(solution.Root);

        Assert.Equal(new[] { "Other/Customizations.xml", "Other/Solution.xml" }, report.Problems.Select(p => p.Path));
        Assert.All(report.Problems, p => Assert.StartsWith("missing:", p.Message, StringComparison.Ordinal));
    }

    [Fact]
    public void Malformed_XML_is_reported_with_its_line()
    {
        using var solution = new TemporarySolution().Write("OptionSets/cjp_broken.xml", "<?xml version=\"1.0\"?>\n<optionset Name=\"cjp_broken\">\n  <options>\n    <option value=\"573100000\">\n  </options>\n</optionset>\n");

        var report = SolutionValidator.Structural().Validate(solution.Root);

        var problem = Assert.Single(report.Problems);
        Assert.Equal("OptionSets/cjp_broken.xml", problem.Path);
        Assert.StartsWith("malformed XML at line 5,", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Two_views_with_one_id_are_both_reported_naming_each_other()
    {
        var id = Guid.Parse("7d9e5f30-4b6c-4d8e-8f01-2b3c4d5e6f70");
        using var solution = new TemporarySolution()
            .WithTable("cjp_widget", "cjp_name")
            .WithView("cjp_widget", id, "cjp_name");
        solution.Write("Entities/cjp_widget/SavedQueries/copy.xml", solution.Read($"Entities/cjp_widget/SavedQueries/{{{id}}}.xml"));

        var report = SolutionValidator.Structural().Validate(solution.Root);

        Assert.Equal(
            new[]
            {
                $"Entities/cjp_widget/SavedQueries/copy.xml: view id {{{id}}} is also used by Entities/cjp_widget/SavedQueries/{{{id}}}.xml; ids must be unique, so give one of them a new Guid.",
                $"Entities/cjp_widget/SavedQueries/{{{id}}}.xml: view id {{{id}}} is also used by Entities/cjp_widget/SavedQueries/copy.xml; ids must be unique, so give one of them a new Guid.",
            },
            report.Lines);
    }

    [Fact]
    public void A_duplicate_step_id_across_step_files_is_reported()
    {
        using var solution = SyncedWidgets();
        var original = StepPath(WidgetStagePlugin.StepId);
        solution.Write("SdkMessageProcessingSteps/{aaaaaaaa-0000-4000-8000-000000000001}.xml", solution.Read(original));

        var report = SolutionValidator.Structural().Validate(solution.Root);

        Assert.Contains(report.Problems, p => p.Path == original && p.Message.StartsWith($"step id {{{WidgetStagePlugin.StepId}}} is also used by", StringComparison.Ordinal));
    }

    [Fact]
    public void A_choice_value_without_the_publisher_option_value_prefix_is_reported_by_the_publisher_conventions()
    {
        using var solution = new TemporarySolution(optionValuePrefix: 57310).WithChoice("cjp_size", 573100000, 100000001);

        var report = SolutionValidator.Structural().Add(new OptionValuePrefixCheck()).Validate(solution.Root);

        Assert.Equal(
            new[] { "OptionSets/cjp_size.xml: choice cjp_size: option value 100000001 lacks the publisher's option value prefix 57310; renumber it within 573100000–573109999." },
            report.Lines);
    }

    [Fact]
    public void A_step_file_naming_a_plugin_type_the_catalog_lacks_is_reported()
    {
        using var solution = SyncedWidgets();
        var path = StepPath(WidgetCreatedPlugin.StepId);
        solution.Write(path, solution.Read(path).Replace("Samples.WidgetCreatedPlugin, ", "Samples.GonePlugin, ", StringComparison.Ordinal));

        var report = _withSamples.Validate(solution.Root);

        Assert.Contains(report.Problems, p => p.Path == path && p.Message.StartsWith("plugin type CrmJourney.Solution.Tests.Samples.GonePlugin does not exist in the plugin catalog", StringComparison.Ordinal));
    }

    [Fact]
    public void A_filtering_or_image_column_missing_from_the_table_is_reported()
    {
        using var solution = SyncedWidgets();
        var path = StepPath(WidgetStagePlugin.StepId);
        solution.Write(path, solution.Read(path).Replace("<FilteringAttributes>cjp_stage,cjp_name<", "<FilteringAttributes>cjp_stage,cjp_nmae<", StringComparison.Ordinal));

        var report = SolutionValidator.Structural().Validate(solution.Root);

        Assert.Equal(new[] { $"{path}: filtering column cjp_nmae does not exist on table cjp_widget; fix the name or add the column to the table." }, report.Lines);
    }

    [Fact]
    public void On_a_standard_table_only_a_column_with_the_publisher_prefix_the_folder_lacks_is_reported()
    {
        // The folder's Account lists only the columns the solution adds: name and address2_city are the
        // platform's (unverifiable here), cjp_tier is listed, cjp_tierr carries our prefix and is nowhere.
        using var solution = new TemporarySolution().WithTable("Account", "cjp_tier");
        solution.Write("SdkMessageProcessingSteps/{bbbbbbbb-0000-4000-8000-000000000002}.xml", """
            <SdkMessageProcessingStep Name="x" SdkMessageProcessingStepId="{bbbbbbbb-0000-4000-8000-000000000002}">
              <PrimaryEntity>account</PrimaryEntity>
              <FilteringAttributes>name,address2_city,cjp_tier,cjp_tierr</FilteringAttributes>
            </SdkMessageProcessingStep>
            """);

        var report = SolutionValidator.Structural().Validate(solution.Root);

        Assert.Equal(new[] { "SdkMessageProcessingSteps/{bbbbbbbb-0000-4000-8000-000000000002}.xml: filtering column cjp_tierr does not exist on table account; fix the name or add the column to the table." }, report.Lines);
    }

    [Fact]
    public void A_step_file_whose_stage_differs_from_the_code_is_reported_as_drift()
    {
        using var solution = SyncedWidgets();
        var path = StepPath(WidgetStagePlugin.StepId);
        solution.Write(path, solution.Read(path).Replace("<Stage>20</Stage>", "<Stage>40</Stage>", StringComparison.Ordinal));

        var report = _withSamples.Validate(solution.Root);

        Assert.Equal(
            new[] { $"{path}: drift from the code: the stage is 40 here but 20 (PreOperation) in [PluginStep] on CrmJourney.Solution.Tests.Samples.WidgetStagePlugin; run 'cjp solution sync' to regenerate the step files from the code." },
            report.Lines);
    }

    [Fact]
    public void Drift_in_filtering_columns_and_mode_is_reported_per_difference()
    {
        using var solution = SyncedWidgets();
        var path = StepPath(WidgetStagePlugin.StepId);
        solution.Write(path, solution.Read(path)
            .Replace("<FilteringAttributes>cjp_stage,cjp_name<", "<FilteringAttributes>cjp_stage<", StringComparison.Ordinal)
            .Replace("<Mode>0</Mode>", "<Mode>1</Mode>", StringComparison.Ordinal));

        var report = _withSamples.Validate(solution.Root);

        Assert.Equal(2, report.Problems.Count);
        Assert.Contains(report.Lines, l => l.Contains("the filtering columns are cjp_stage here but cjp_stage,cjp_name", StringComparison.Ordinal));
        Assert.Contains(report.Lines, l => l.Contains("the mode is 1 here but 0 (Synchronous)", StringComparison.Ordinal));
    }

    [Fact]
    public void A_declared_step_without_a_file_and_a_file_without_a_declaration_are_both_reported()
    {
        using var solution = SyncedWidgets();
        var declared = StepPath(WidgetCreatedPlugin.StepId);
        var orphan = StepPath("cccccccc-0000-4000-8000-000000000003");
        solution.Write(orphan, solution.Read(declared).Replace(WidgetCreatedPlugin.StepId, "cccccccc-0000-4000-8000-000000000003", StringComparison.Ordinal));
        solution.Delete(declared);

        var report = _withSamples.Validate(solution.Root);

        Assert.Equal(
            new[]
            {
                $"Other/Solution.xml: root component {{{WidgetCreatedPlugin.StepId}}} (type 92) has no file in the folder; add the component's files (unpack a fresh export) or remove its <RootComponent>.",
                $"{declared}: missing: [PluginStep] on CrmJourney.Solution.Tests.Samples.WidgetCreatedPlugin declares this step (Create of cjp_widget); run 'cjp solution sync' to regenerate the step files from the code.",
                $"{orphan}: no [PluginStep] in code has id {{cccccccc-0000-4000-8000-000000000003}}; run 'cjp solution sync' to regenerate the step files from the code (it deletes the file), or restore the declaration.",
            },
            report.Lines);
    }

    [Fact]
    public void A_relationship_whose_lookup_column_does_not_exist_is_reported()
    {
        using var solution = new TemporarySolution().WithTable("cjp_widget", "cjp_name", "cjp_accountid");
        solution.Write("Other/Relationships/Account.xml", """
            <EntityRelationships>
              <EntityRelationship Name="cjp_account_cjp_widget_accountid">
                <ReferencingEntityName>cjp_widget</ReferencingEntityName>
                <ReferencedEntityName>Account</ReferencedEntityName>
                <ReferencingAttributeName>cjp_accountid</ReferencingAttributeName>
              </EntityRelationship>
              <EntityRelationship Name="cjp_account_cjp_widget_ownerid">
                <ReferencingEntityName>cjp_widget</ReferencingEntityName>
                <ReferencedEntityName>Account</ReferencedEntityName>
                <ReferencingAttributeName>cjp_owneraccountid</ReferencingAttributeName>
              </EntityRelationship>
            </EntityRelationships>
            """);

        var report = SolutionValidator.Structural().Validate(solution.Root);

        Assert.Equal(
            new[] { "Other/Relationships/Account.xml: relationship cjp_account_cjp_widget_ownerid: lookup column cjp_owneraccountid does not exist on table cjp_widget; add the column to the table's Entity.xml or fix ReferencingAttributeName." },
            report.Lines);
    }

    [Fact]
    public void A_view_whose_FetchXML_names_an_unknown_column_is_reported_with_its_line()
    {
        using var solution = new TemporarySolution()
            .WithTable("cjp_widget", "cjp_name")
            .WithView("cjp_widget", Guid.Parse("8e0f6041-5c7d-4e9f-9012-3c4d5e6f7081"), "cjp_name", "cjp_colour");

        var report = SolutionValidator.Structural().Validate(solution.Root);

        var problem = Assert.Single(report.Problems);
        Assert.Equal("Entities/cjp_widget/SavedQueries/{8e0f6041-5c7d-4e9f-9012-3c4d5e6f7081}.xml", problem.Path);
        Assert.Equal("the FetchXML names column cjp_colour (line 10), which does not exist on table cjp_widget; fix the name or add the column.", problem.Message);
    }

    [Fact]
    public void FetchXML_carried_as_text_that_is_not_well_formed_is_reported()
    {
        using var solution = new TemporarySolution().WithTable("cjp_widget", "cjp_name");
        solution.Write("Entities/cjp_widget/SavedQueries/{9f1a7152-6d8e-4fa0-8123-4d5e6f708192}.xml", """
            <savedqueries>
              <savedquery>
                <savedqueryid>{9f1a7152-6d8e-4fa0-8123-4d5e6f708192}</savedqueryid>
                <fetchxml>&lt;fetch&gt;&lt;entity name="cjp_widget"&gt;&lt;/fetch&gt;</fetchxml>
              </savedquery>
            </savedqueries>
            """);

        var report = SolutionValidator.Structural().Validate(solution.Root);

        var problem = Assert.Single(report.Problems);
        Assert.StartsWith("the FetchXML in <fetchxml> (line 4) is not well-formed: malformed XML at line 1,", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Problems_are_sorted_by_path_and_printed_as_path_colon_problem()
    {
        var problems = new[] { new SolutionProblem("b.xml", "second"), new SolutionProblem("a.xml", "z"), new SolutionProblem("a.xml", "a") };

        var report = new ValidationReport(problems, 2);

        Assert.Equal(new[] { "a.xml: a", "a.xml: z", "b.xml: second" }, report.Lines);
    }

    [Fact]
    public void A_problem_is_always_one_line()
    {
        var problem = new SolutionProblem("a.xml", "first line\nsecond line");

        Assert.Equal("a.xml: first line second line", problem.ToString());
    }
}
