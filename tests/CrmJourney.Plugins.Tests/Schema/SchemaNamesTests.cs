using System;
using System.IO;
using System.Linq;
using System.Reflection;
using CrmJourney.Plugins.Schema;

namespace CrmJourney.Plugins.Tests.Schema;

public sealed class SchemaNamesTests
{
    [Fact]
    public void Every_custom_table_and_column_constant_is_a_name_the_shipped_schema_declares()
    {
        var schemaReadme = File.ReadAllText(Path.Combine(RepositoryRoot(), "solution-package", "README.md"));
        var constants = typeof(Account).Assembly.GetTypes()
            .Where(t => t.Namespace == typeof(Account).Namespace)
            .SelectMany(t => t.GetFields(BindingFlags.Public | BindingFlags.Static).Where(f => f.IsLiteral && f.FieldType == typeof(string)).Select(f => (Owner: t, Value: (string)f.GetRawConstantValue()!)))
            .Where(c => c.Value.StartsWith("cjp_", StringComparison.Ordinal))
            .ToList();

        var primaryIds = constants.Where(c => c.Value.EndsWith("id", StringComparison.Ordinal) && constants.Any(t => t.Value + "id" == c.Value)).Select(c => c.Value).ToHashSet();
        var unknown = constants
            .Where(c => !primaryIds.Contains(c.Value) && !schemaReadme.Contains("`" + c.Value + "`", StringComparison.Ordinal))
            .Select(c => $"{c.Owner.FullName}: {c.Value}")
            .Distinct()
            .ToList();

        Assert.True(constants.Count > 50, $"Only {constants.Count} cjp_ constants were found.");
        Assert.True(unknown.Count == 0, "Not in solution-package/README.md: " + string.Join(", ", unknown));
    }

    [Fact]
    public void Custom_tables_name_their_primary_id_after_the_table()
    {
        var tables = new[] { (ServiceLine.LogicalName, ServiceLine.PrimaryIdAttribute), (Engagement.LogicalName, Engagement.PrimaryIdAttribute), (StageTransition.LogicalName, StageTransition.PrimaryIdAttribute), (Referral.LogicalName, Referral.PrimaryIdAttribute), (NurtureRule.LogicalName, NurtureRule.PrimaryIdAttribute), (NurtureLog.LogicalName, NurtureLog.PrimaryIdAttribute) };

        Assert.All(tables, t => Assert.Equal(t.Item1 + "id", t.Item2));
    }

    private static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory != null && !File.Exists(Path.Combine(directory.FullName, "CrmJourneyPlugins.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("Run the tests from inside the repository.");
    }
}
