using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using CrmJourney.Cli.Reporting;
using CrmJourney.Cli.Rules;
using CrmJourney.Domain.Rules;

namespace CrmJourney.Cli.Tests.Reporting;

/// <summary>
/// "Quiet", "pigeonholed" and "check in" mean the same number of days and engagements in the shipped rule
/// set, the report's fallback and the app's static views and chart: a change to one that is not carried
/// to the others fails here (the views are checked in the committed files, so a generator change without
/// <c>cjp solution sync</c> fails too).
/// </summary>
public sealed class ShippedThresholdsTests
{
    private static readonly string _entities = Path.Combine(RepositoryRoot.Path, "solution-package", "src", "Entities", "Account");

    [Fact]
    public void The_shipped_rule_file_holds_the_thresholds_the_views_and_the_report_default_to()
    {
        var rules = ShippedRules();

        Assert.Equal(ShippedRuleDefaults.QuietThresholdDays, Single(rules, NurtureRuleType.Quiet).ThresholdDays);
        Assert.Equal(ShippedRuleDefaults.PigeonholedMinimumCompletedEngagements, Single(rules, NurtureRuleType.Pigeonholed).MinimumCompletedEngagements);
        Assert.Equal(ShippedRuleDefaults.AdvocateCheckInThresholdDays, Single(rules, NurtureRuleType.AdvocateCheckIn).ThresholdDays);
        Assert.Equal(ShippedRuleDefaults.QuietThresholdDays, JourneyReport.DefaultQuietDays);
    }

    [Theory]
    [InlineData("SavedQueries", "4f38bcb3-453e-44a3-9298-04c0d712f6e3")] // Clients gone quiet
    [InlineData("SavedQueries", "7c072a7c-f2f4-41f0-b26b-2f06e9753e3f")] // My quiet clients
    [InlineData("Visualizations", "fb0c1c8e-3d6b-4a6e-a0a5-8e7f3f0f6c21")] // Quiet clients by partner
    public void Every_day_count_of_the_shipped_quiet_views_and_chart_is_the_shipped_quiet_rules_threshold(string folder, string id)
    {
        var xml = File.ReadAllText(Path.Combine(_entities, folder, "{" + id + "}.xml"));
        var days = Regex.Matches(xml, "operator=\"olderthan-x-days\" value=\"(\\d+)\"").Select(m => int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture)).ToList();

        // Three: the last touchpoint, the stage entry when never touched, the first engagement when neither is set.
        Assert.Equal(3, days.Count);
        Assert.All(days, d => Assert.Equal(Single(ShippedRules(), NurtureRuleType.Quiet).ThresholdDays, d));
    }

    [Fact]
    public void The_shipped_pigeonholed_view_asks_the_shipped_pigeonholed_rules_minimum_and_one_service_line_bought()
    {
        var xml = File.ReadAllText(Path.Combine(_entities, "SavedQueries", "{2f0e0c79-a9ca-4dba-bd07-f25787ae3ad5}.xml"));

        Assert.Contains($"<condition attribute=\"cjp_completedengagementcount\" operator=\"ge\" value=\"{Single(ShippedRules(), NurtureRuleType.Pigeonholed).MinimumCompletedEngagements}\" />", xml, System.StringComparison.Ordinal);
        Assert.Contains("<condition attribute=\"cjp_servicelinecount\" operator=\"eq\" value=\"1\" />", xml, System.StringComparison.Ordinal);
    }

    private static NurtureRuleSet ShippedRules() =>
        RuleSetFile.Load(Path.Combine(RepositoryRoot.Path, "tools", "CrmJourney.Cli", RuleSetFile.DefaultFileName), "rules", _ => { });

    private static NurtureRule Single(NurtureRuleSet rules, NurtureRuleType type) => Assert.Single(rules.Rules, r => r.Type == type);
}
