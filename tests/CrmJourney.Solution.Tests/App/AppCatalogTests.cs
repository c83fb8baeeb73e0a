using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using CrmJourney.Solution.App;
using CrmJourney.Solution.Tests.Support;
using CrmJourney.Solution.Validation;

namespace CrmJourney.Solution.Tests.App;

/// <summary>
/// The app's declarations against the shipped folder: the committed files are what the declarations
/// generate, and every column, view, chart, relationship, web resource and role they name exists.
/// Existence is checked through the validator's reading of the folder (<see cref="SolutionFolder"/>:
/// Entity.xml plus its list of standard columns), not through the writers' own column catalog.
/// </summary>
public sealed class AppCatalogTests
{
    // Relationships of the platform the app's grids use; they exist in every organization.
    private static readonly string[] _platformRelationships = { "Account_Tasks" };

    private static readonly AppCatalog _app = AppCatalog.ForProduct();

    [Fact]
    public void The_committed_app_files_are_byte_for_byte_what_the_declarations_generate()
    {
        var files = new AppFileWriter(_app).WriteAll(RepositoryRoot.ShippedSolution, "0.1.0.0");

        Assert.NotEmpty(files);
        foreach (var file in files)
        {
            var path = SolutionPaths.Full(RepositoryRoot.ShippedSolution, file.RelativePath);
            Assert.True(File.Exists(path), $"{file.RelativePath} is not committed: run 'cjp solution sync'.");
            Assert.True(File.ReadAllText(path) == file.Content, $"{file.RelativePath} differs from its declaration: run 'cjp solution sync'.");
        }
    }

    [Fact]
    public void The_app_ships_eleven_forms_thirty_five_views_four_charts_and_one_dashboard()
    {
        var files = new AppFileWriter(_app).WriteAll(RepositoryRoot.ShippedSolution, "0.1.0.0").Select(f => f.RelativePath).ToList();

        // Forms: account, lead, opportunity, and engagement, referral (main + quick create), stage transition, nurture rule, nurture log, service line.
        Assert.Equal(11, files.Count(f => f.Contains("/FormXml/", StringComparison.Ordinal)));
        Assert.Equal(2, files.Count(f => f.Contains("/FormXml/quick/", StringComparison.Ordinal)));
        Assert.Equal(35, files.Count(f => f.Contains("/SavedQueries/", StringComparison.Ordinal)));
        Assert.Equal(4, files.Count(f => f.Contains("/Visualizations/", StringComparison.Ordinal)));
        Assert.Single(files, f => f.StartsWith("Dashboards/", StringComparison.Ordinal));
        Assert.Contains("AppModules/cjp_ClientJourney/AppModule.xml", files);
        Assert.Contains("AppModuleSiteMaps/cjp_ClientJourney/AppModuleSiteMap.xml", files);
    }

    [Fact]
    public void Every_column_a_form_view_or_chart_names_exists_in_the_shipped_schema()
    {
        var folder = SolutionFolder.Load(RepositoryRoot.ShippedSolution);
        var named = new List<(string Table, string Column, string Where)>();
        foreach (var form in _app.Forms)
        {
            named.AddRange(form.Cells.OfType<FieldCell>().Select(c => (form.Table, c.Column, $"form {form.Name}")));
            named.AddRange(form.Script?.Handlers.Where(h => h.Column != null).Select(h => (form.Table, h.Column!, $"form {form.Name} script")) ?? Enumerable.Empty<(string, string, string)>());
        }

        foreach (var view in _app.Views)
        {
            named.AddRange(view.Columns.Select(c => (view.Table, c.Column, $"view {view.Name}")).Append((view.Table, view.OrderBy, $"view {view.Name}")));
            named.AddRange(AppXmlAttributes(view.Filter).Select(c => (view.Table, c, $"view {view.Name} filter")));
        }

        foreach (var chart in _app.Charts)
        {
            named.Add((chart.Table, chart.GroupBy, $"chart {chart.Name}"));
            named.Add((chart.Table, chart.CountColumn, $"chart {chart.Name}"));
            named.AddRange(new[] { chart.SeriesBy }.OfType<string>().Concat(AppXmlAttributes(chart.Filter)).Select(c => (chart.Table, c, $"chart {chart.Name}")));
        }

        // A custom table's Entity.xml is the authority (Missing when absent); on a standard table an unprefixed column is
        // the platform's own (Unverifiable), and the form writer already refuses a column its catalog lacks.
        var missing = named.Where(n => folder.Column(n.Table, n.Column) == ReferenceState.Missing).Select(n => $"{n.Where}: {n.Table}.{n.Column}").ToList();

        Assert.True(named.Count > 150, $"only {named.Count} column references were collected");
        Assert.Empty(missing);
    }

    [Fact]
    public void Every_view_chart_relationship_and_web_resource_the_app_names_exists()
    {
        var root = RepositoryRoot.ShippedSolution;
        var viewIds = Ids(root, "SavedQueries", "savedqueryid");
        var chartIds = Ids(root, "Visualizations", "savedqueryvisualizationid");
        var relationships = XDocument.Load(Path.Combine(root, "Other", "Relationships.xml")).Root!.Elements("EntityRelationship").Select(r => (string)r.Attribute("Name")!).Concat(_platformRelationships).ToHashSet(StringComparer.Ordinal);
        var grids = _app.Forms.SelectMany(f => f.Cells.OfType<SubgridCell>()).ToList();
        var siteMapViews = _app.App.Areas.SelectMany(a => a.Groups).SelectMany(g => g.SubAreas).Select(s => s.ViewId).OfType<Guid>().ToList();
        var dashboardIds = Directory.EnumerateFiles(Path.Combine(root, "Dashboards"), "*.xml").Select(f => XDocument.Load(f).Root!.Element("FormId")!.Value).ToHashSet(StringComparer.OrdinalIgnoreCase);

        Assert.Equal(4, grids.Count);
        Assert.All(grids, g => Assert.Contains(g.ViewId, viewIds));
        Assert.All(grids, g => Assert.Contains(g.Relationship, relationships));
        Assert.All(_app.Dashboards.SelectMany(d => d.Charts), c => Assert.Contains(c.ViewId, viewIds));
        Assert.All(_app.Dashboards.SelectMany(d => d.Charts), c => Assert.Contains(c.ChartId, chartIds));
        Assert.All(siteMapViews, v => Assert.Contains(v, viewIds));
        Assert.All(_app.App.Areas.SelectMany(a => a.Groups).SelectMany(g => g.SubAreas).Select(s => s.Dashboard).OfType<Guid>(), d => Assert.Contains("{" + d.ToString("D") + "}", dashboardIds));
        foreach (var script in _app.Forms.Select(f => f.Script).OfType<FormScript>())
        {
            Assert.True(File.Exists(Path.Combine(root, "WebResources", script.WebResource)), $"{script.WebResource} has no content file");
            Assert.True(File.Exists(Path.Combine(root, "WebResources", script.WebResource + ".data.xml")), $"{script.WebResource} has no registration");
            var text = File.ReadAllText(Path.Combine(root, "WebResources", script.WebResource));
            Assert.All(script.Handlers, h =>
            {
                var member = Regex.Escape(h.Function.Split('.').Last());
                Assert.Matches($@"CrmJourney\.NurtureRuleForm = [\s\S]*\b{member}: (function|{member}\b)", text);
            });
        }
    }

    [Fact]
    public void The_app_is_shown_to_the_two_shipped_roles_and_each_can_read_every_table_it_shows()
    {
        var roles = Roles();
        var app = XDocument.Load(Path.Combine(RepositoryRoot.ShippedSolution, "AppModules", "cjp_ClientJourney", "AppModule.xml")).Root!;

        Assert.Equal(roles.Keys.Order(), app.Element("AppModuleRoleMaps")!.Elements("Role").Select(r => Guid.Parse((string)r.Attribute("id")!)).Order());
        Assert.Equal(new[] { "account", "cjp_engagement", "cjp_nurturelog", "cjp_nurturerule", "cjp_referral", "cjp_serviceline", "cjp_stagetransition", "lead", "opportunity", "task" }, _app.Tables);
        foreach (var (name, privileges) in roles.Values)
        {
            Assert.All(_app.Tables, t => Assert.True(privileges.Contains("prvRead" + PrivilegeTable(t)), $"{name} cannot read {t}"));
        }
    }

    [Fact]
    public void Only_the_rules_administrator_may_create_change_or_delete_nurture_rules()
    {
        var roles = Roles().Values.ToDictionary(r => r.Name, r => r.Privileges);
        var change = new[] { "prvCreatecjp_nurturerule", "prvWritecjp_nurturerule", "prvDeletecjp_nurturerule" };

        Assert.All(change, p => Assert.Contains(p, roles["Journey rules administrator"]));
        Assert.All(change, p => Assert.DoesNotContain(p, roles["Journey user"]));
        Assert.Contains("prvReadcjp_nurturerule", roles["Journey user"]);
    }

    [Fact]
    public void The_nurture_rule_form_puts_each_type_dependent_field_in_a_section_of_its_own_shown_for_exactly_the_types_the_validator_allows()
    {
        // The form script hides a section once every field in it is hidden, and it shows a field only for the
        // types that use it (its table is held to RuleTypeRequirements by NurtureRuleFormScriptTests), so each
        // type-dependent section must hold exactly its field.
        const int Quiet = 573100000, Pigeonholed = 573100001, AdvocateCheckIn = 573100002, PartnerDigest = 573100005;
        var expected = new Dictionary<string, (string Field, int[] Types)>
        {
            ["rule_stages"] = ("cjp_stages", new[] { Quiet, Pigeonholed }),
            ["rule_threshold"] = ("cjp_thresholddays", new[] { Quiet, AdvocateCheckIn }),
            ["rule_minimumengagements"] = ("cjp_minimumcompletedengagements", new[] { Pigeonholed }),
            ["rule_email"] = ("cjp_sendemail", new[] { PartnerDigest }),
        };
        var form = _app.Forms.Single(f => f.Table == "cjp_nurturerule");

        Assert.Equal(expected.Keys.Order(), NurtureRuleFormSections.ShownFor.Keys.Order());
        Assert.All(expected, e => Assert.Equal(e.Value.Types, NurtureRuleFormSections.ShownFor[e.Key]));
        Assert.All(expected, e =>
        {
            var section = Assert.Single(form.Sections, x => x.Name == e.Key);
            Assert.Equal(new[] { e.Value.Field }, section.Cells.OfType<FieldCell>().Select(c => c.Column));
        });
    }

    [Fact]
    public void A_form_naming_a_column_the_schema_lacks_is_refused_naming_the_column()
    {
        var form = new FormDefinition(Guid.NewGuid(), "account", FormKind.Main, "Broken", string.Empty, new[]
        {
            new FormTab("t", "T", new[] { new FormSection("s", "S", new FormCell[] { new FieldCell("cjp_nosuchcolumn") }) }),
        });
        var writer = new FormFileWriter(ColumnCatalog.Load(RepositoryRoot.ShippedSolution), "0.1.0.0");

        var refusal = Assert.Throws<InvalidOperationException>(() => writer.Write(form));

        Assert.Contains("account.cjp_nosuchcolumn", refusal.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_only_tables_get_forms_whose_every_field_is_disabled()
    {
        var root = RepositoryRoot.ShippedSolution;
        foreach (var table in new[] { "cjp_stagetransition", "cjp_nurturelog" })
        {
            var form = Directory.EnumerateFiles(Path.Combine(root, "Entities", table, "FormXml", "main"), "*.xml").Single();
            var controls = XDocument.Load(form).Descendants("control").ToList();

            Assert.NotEmpty(controls);
            Assert.All(controls, c => Assert.Equal("true", (string?)c.Attribute("disabled")));
        }
    }

    private static Dictionary<Guid, (string Name, HashSet<string> Privileges)> Roles() =>
        Directory.EnumerateFiles(Path.Combine(RepositoryRoot.ShippedSolution, "Roles"), "*.xml")
            .Select(f => XDocument.Load(f).Root!)
            .ToDictionary(
                r => Guid.Parse((string)r.Attribute("id")!),
                r => ((string)r.Attribute("name")!, r.Descendants("RolePrivilege").Select(p => (string)p.Attribute("name")!).ToHashSet(StringComparer.OrdinalIgnoreCase)));

    // Tasks are activities: their privileges are the prv…Activity ones.
    private static string PrivilegeTable(string table) => table switch
    {
        "task" => "Activity",
        "account" => "Account",
        "lead" => "Lead",
        "opportunity" => "Opportunity",
        _ => table,
    };

    private static HashSet<Guid> Ids(string root, string folder, string element) =>
        Directory.EnumerateFiles(Path.Combine(root, "Entities"), "*.xml", SearchOption.AllDirectories)
            .Where(f => f.Contains(Path.DirectorySeparatorChar + folder + Path.DirectorySeparatorChar, StringComparison.Ordinal))
            .SelectMany(f => XDocument.Load(f).Descendants(element))
            .Select(e => Guid.Parse(e.Value))
            .ToHashSet();

    private static IEnumerable<string> AppXmlAttributes(string? filter) =>
        filter == null ? Enumerable.Empty<string>() : XElement.Parse("<f>" + filter + "</f>").Descendants("condition").Select(c => (string)c.Attribute("attribute")!);
}
