using System;
using System.Globalization;
using System.Threading;
using CrmJourney.Domain.Accounts;
using CrmJourney.Domain.Journey;
using CrmJourney.Domain.Templates;
using CrmJourney.Domain.Touchpoints;

namespace CrmJourney.Domain.Tests.Templates;

public sealed class TemplateFormatTests
{
    [Theory]
    [InlineData(JourneyStage.Prospect, "Prospect")]
    [InlineData(JourneyStage.ActiveClient, "Active client")]
    [InlineData(JourneyStage.BetweenEngagements, "Between engagements")]
    [InlineData(JourneyStage.FormerClient, "Former client")]
    public void Stages_render_as_users_read_them(JourneyStage stage, string expected)
    {
        Assert.Equal(expected, TemplateFormat.Stage(stage));
    }

    [Theory]
    [InlineData(TouchpointChannel.PhoneCall, "phone call")]
    [InlineData(TouchpointChannel.Meeting, "meeting")]
    [InlineData(TouchpointChannel.Email, "email")]
    public void Channels_render_in_lower_case_for_mid_sentence_use(TouchpointChannel channel, string expected)
    {
        Assert.Equal(expected, TemplateFormat.Channel(channel));
    }

    [Fact]
    public void Tiers_render_with_a_space_before_the_number()
    {
        Assert.Equal("Tier 2", TemplateFormat.Tier(ClientTier.Tier2));
    }

    [Fact]
    public void Lists_are_joined_with_comma_and_space_and_an_empty_list_reads_none()
    {
        Assert.Equal("Audit, Transaction services", TemplateFormat.List(new[] { "Audit", " ", "Transaction services" }));
        Assert.Equal("none", TemplateFormat.List(Array.Empty<string>()));
    }

    [Fact]
    public void Missing_values_render_as_not_available()
    {
        Assert.Equal("n/a", TemplateFormat.Date(null));
        Assert.Equal("n/a", TemplateFormat.Number(null));
        Assert.Equal("n/a", TemplateFormat.Channel(null));
        Assert.Equal("n/a", TemplateFormat.Text("  "));
    }

    [Theory]
    [InlineData("fr-FR")]
    [InlineData("ro-RO")]
    [InlineData("th-TH")]
    [InlineData("ar-SA")]
    public void Dates_and_numbers_ignore_the_current_culture(string culture)
    {
        var before = Thread.CurrentThread.CurrentCulture;
        try
        {
            Thread.CurrentThread.CurrentCulture = new CultureInfo(culture);

            Assert.Equal("2026-07-03", TemplateFormat.Date(new DateTime(2026, 7, 3, 22, 15, 0, DateTimeKind.Utc)));
            Assert.Equal("-1234567", TemplateFormat.Number(-1234567));
        }
        finally
        {
            Thread.CurrentThread.CurrentCulture = before;
        }
    }
}
