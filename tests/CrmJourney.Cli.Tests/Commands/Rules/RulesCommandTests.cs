using System;
using System.IO;

namespace CrmJourney.Cli.Tests.Commands.Rules;

public sealed class RulesCommandTests
{
    [Fact]
    public void The_shipped_default_rule_set_is_valid_and_has_one_rule_of_each_type()
    {
        var path = Path.Combine(RepositoryRoot.Path, "tools", "CrmJourney.Cli", "rules.default.json");

        var run = CliRun.In(RepositoryRoot.Path, "rules", "validate", path);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("holds 6 valid rules", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void A_rule_with_a_zero_threshold_is_reported_by_its_path_with_exit_code_2()
    {
        using var folder = new TemporaryFolder();
        File.WriteAllText(folder.Path("rules.json"), """
            {"rules":[{"id":"11111111-1111-1111-1111-111111111111","name":"Quiet","type":"Quiet","stages":["BetweenEngagements"],
            "thresholdDays":0,"assigneeType":"RelationshipPartner","subject":"Call {account.name}"}]}
            """);

        var run = CliRun.In(folder.Root, "rules", "validate", "rules.json");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains(run.OutLines, line => line.StartsWith("rules[0].thresholdDays: must be at least 1", StringComparison.Ordinal));
        Assert.Contains("has 1 problem", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unparsable_rules_file_is_bad_input_with_the_line_of_the_syntax_error()
    {
        using var folder = new TemporaryFolder();
        File.WriteAllText(folder.Path("rules.json"), "{\"rules\": [ {\"name\": \"x\" ");

        var run = CliRun.In(folder.Root, "rules", "validate", "rules.json");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("is not valid JSON at line 1", run.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Preview_prints_the_rules_and_writes_nothing_to_the_data_folder()
    {
        using var folder = new TemporaryFolder();
        Assert.Equal(0, CliRun.In(folder.Root, "generate", "--accounts", "30", "--years", "1", "--out", "data").ExitCode);
        var before = folder.Snapshot();
        var rules = Path.Combine(RepositoryRoot.Path, "tools", "CrmJourney.Cli", "rules.default.json");

        var run = CliRun.In(folder.Root, "rules", "preview", "--data", "data", "--rules", rules, "--as-of", "2026-11-02");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("Quiet clients (Quiet)", run.Out, StringComparison.Ordinal);
        Assert.Equal(before, folder.Snapshot());
    }
}
