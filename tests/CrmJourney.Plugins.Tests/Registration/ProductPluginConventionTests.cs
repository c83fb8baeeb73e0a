using System;
using System.Collections;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;
using CrmJourney.Hosting;
using CrmJourney.Plugins.Registration;

namespace CrmJourney.Plugins.Tests.Registration;

/// <summary>
/// The Dataverse rules for plugin code, checked over the whole product catalog and the Plugins source
/// so a new plugin cannot break them unnoticed.
/// </summary>
public sealed class ProductPluginConventionTests
{
    private static readonly PluginCatalog _catalog = PluginCatalog.ForProductPlugins();

    [Fact]
    public void Every_update_step_names_its_filtering_attributes()
    {
        var unfiltered = _catalog.Steps.Where(s => s.Message == "Update" && s.FilteringAttributes.Count == 0).Select(s => s.Name).ToList();

        Assert.Contains(_catalog.Steps, s => s.Message == "Update");
        Assert.Empty(unfiltered);
    }

    [Fact]
    public void Every_step_names_a_shipped_table_and_columns_it_has()
    {
        var schema = ProductSolution.Catalog();
        var problems = new List<string>();
        foreach (var step in _catalog.Steps.Where(s => s.Table != null))
        {
            var table = schema.FindTable(step.Table!);
            if (table == null)
            {
                problems.Add($"{step.Name}: no table {step.Table}");
                continue;
            }

            problems.AddRange(step.FilteringAttributes.Concat(step.PreImageAttributes).Concat(step.PostImageAttributes)
                .Where(column => table.FindColumn(column) == null)
                .Select(column => $"{step.Name}: {step.Table} has no column {column}"));
        }

        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
    }

    [Fact]
    public void Every_step_has_a_description()
    {
        Assert.All(_catalog.Steps, s => Assert.False(string.IsNullOrWhiteSpace(s.Description), s.Name));
    }

    [Theory]
    [InlineData(@"ColumnSet\(\s*true\s*\)", "ColumnSet(true) reads every column")]
    [InlineData(@"AllColumns\s*=\s*true", "AllColumns = true reads every column")]
    [InlineData(@"ExecuteMultipleRequest", "ExecuteMultiple is not allowed inside plugins")]
    [InlineData(@"DateTime\.(Now|UtcNow|Today)\b", "plugins read time from the context's clock")]
    public void The_plugin_source_never_uses(string pattern, string why)
    {
        var offenders = PluginSources().Where(f => Regex.IsMatch(StripComments(File.ReadAllText(f)), pattern)).Select(Path.GetFileName).ToList();

        Assert.True(offenders.Count == 0, $"{why}: {string.Join(", ", offenders)}");
    }

    [Fact]
    public void Depth_is_only_ever_traced_never_used_for_logic()
    {
        var uses = PluginSources()
            .SelectMany(f => File.ReadAllLines(f).Select(line => (File: Path.GetFileName(f), Line: line)))
            .Where(l => Regex.IsMatch(l.Line, @"\.Depth\b") && !l.Line.TrimStart().StartsWith("//", StringComparison.Ordinal) && !l.Line.TrimStart().StartsWith("///", StringComparison.Ordinal))
            .ToList();

        // The base class writes the depth into its entry trace line; nothing else may read it.
        Assert.All(uses, u => Assert.True(u.File == "PluginBase.cs" && u.Line.Contains("var step = $\"", StringComparison.Ordinal), $"{u.File}: {u.Line.Trim()}"));
    }

    [Fact]
    public void The_plugins_assembly_holds_no_static_mutable_state()
    {
        var mutable = typeof(PluginCatalog).Assembly.GetTypes()
            .Where(t => !t.IsDefined(typeof(CompilerGeneratedAttribute)))
            .SelectMany(t => t.GetFields(BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly).Select(f => (Type: t, Field: f)))
            .Where(x => !x.Field.IsLiteral && !x.Field.IsDefined(typeof(CompilerGeneratedAttribute)))
            .Where(x => !x.Field.IsInitOnly || IsMutableCollection(x.Field.FieldType))
            .Select(x => $"{x.Type.FullName}.{x.Field.Name}")
            .ToList();

        Assert.True(mutable.Count == 0, "Static mutable fields: " + string.Join(", ", mutable));
    }

    private static bool IsMutableCollection(Type type) =>
        type.IsArray
        || (type.IsGenericType && new[] { typeof(List<>), typeof(Dictionary<,>), typeof(HashSet<>), typeof(Queue<>), typeof(Stack<>) }.Contains(type.GetGenericTypeDefinition()))
        || (typeof(IList).IsAssignableFrom(type) && !type.Name.StartsWith("ReadOnly", StringComparison.Ordinal));

    private static IEnumerable<string> PluginSources()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory != null && !File.Exists(Path.Combine(directory.FullName, "CrmJourneyPlugins.sln")))
        {
            directory = directory.Parent;
        }

        var root = Path.Combine(directory?.FullName ?? throw new InvalidOperationException("Run the tests from inside the repository."), "src", "CrmJourney.Plugins");
        return Directory.EnumerateFiles(root, "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal));
    }

    private static string StripComments(string source) => Regex.Replace(source, @"//.*$", string.Empty, RegexOptions.Multiline);
}
