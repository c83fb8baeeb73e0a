using CrmJourney.Domain.Journey;
using CrmJourney.Plugins.Opportunities;

namespace CrmJourney.Plugins.Tests.Opportunities;

public sealed class LoseOutcomeConfigurationTests
{
    [Fact]
    public void The_shipped_configuration_maps_canceled_to_not_now_and_out_sold_to_no_way()
    {
        var configuration = LoseOutcomeConfiguration.Parse(LoseOutcomeConfiguration.Default);

        Assert.True(configuration.IsValid);
        Assert.Equal(ProspectOutcome.NotNow, configuration.OutcomeFor(4));
        Assert.Equal(ProspectOutcome.NoWay, configuration.OutcomeFor(5));
        Assert.Null(configuration.OutcomeFor(3));
        Assert.Equal(180, configuration.RevisitAfterDays);
    }

    [Fact]
    public void A_missing_configuration_says_how_to_write_one()
    {
        var configuration = LoseOutcomeConfiguration.Parse("  ");

        Assert.Equal(new[] { "The step has no configuration; set its unsecure configuration to JSON such as {\"notNow\":[4],\"noWay\":[5],\"revisitAfterDays\":180}." }, configuration.Problems);
    }

    [Fact]
    public void Text_that_is_not_a_json_object_is_reported_as_such()
    {
        var configuration = LoseOutcomeConfiguration.Parse("[4, 5]");

        var problem = Assert.Single(configuration.Problems);
        Assert.StartsWith("The configuration is not a JSON object (", problem, System.StringComparison.Ordinal);
    }

    [Fact]
    public void Every_problem_of_a_configuration_is_reported_at_once()
    {
        var configuration = LoseOutcomeConfiguration.Parse("{\"notNow\":\"4\",\"revisitAfterDays\":30,\"colour\":1}");

        Assert.Equal(
            new[]
            {
                "\"colour\" is not a setting; the settings are \"notNow\", \"noWay\" and \"revisitAfterDays\".",
                "\"notNow\" must be a list of status reason numbers, e.g. [4].",
                "\"noWay\" is missing; list the opportunity status reasons it covers, e.g. [4].",
            },
            configuration.Problems);
    }
}
