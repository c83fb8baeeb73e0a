using System;
using CrmJourney.Domain.Accounts;
using CrmJourney.Domain.Journey;
using CrmJourney.Domain.Touchpoints;
using CrmJourney.Plugins.Schema;
using Microsoft.Xrm.Sdk;

namespace CrmJourney.Plugins.Tests.Schema;

public sealed class ChoicesTests
{
    // Expected numbers come from solution-package/README.md: 573100000 + the option's 0-based index.
    [Theory]
    [InlineData(JourneyStage.Prospect, 573100000)]
    [InlineData(JourneyStage.ActiveClient, 573100001)]
    [InlineData(JourneyStage.BetweenEngagements, 573100002)]
    [InlineData(JourneyStage.FormerClient, 573100003)]
    public void Journey_stages_map_to_their_choice_values_and_back(JourneyStage stage, int optionValue)
    {
        Assert.Equal(new OptionSetValue(optionValue), Choices.ToOptionSetValue(stage));
        Assert.Equal(stage, Choices.ToEnum<JourneyStage>(new OptionSetValue(optionValue)));
    }

    [Fact]
    public void The_other_domain_choices_use_the_same_numbering()
    {
        Assert.Equal(573100001, Choices.ToOptionSetValue(ProspectOutcome.NotNow).Value);
        Assert.Equal(573100002, Choices.ToOptionSetValue(FormerSentiment.Detractor).Value);
        Assert.Equal(573100002, Choices.ToOptionSetValue(ClientTier.Tier3).Value);
        Assert.Equal(573100005, Choices.ToOptionSetValue(TouchpointChannel.Event).Value);
        Assert.Equal(TouchpointChannel.PhoneCall, Choices.ToEnum<TouchpointChannel>(573100001));
        Assert.Equal(ProspectOutcome.NoWay, Choices.ToEnum<ProspectOutcome>(573100002));
    }

    [Theory]
    [InlineData(573100004)]
    [InlineData(573099999)]
    [InlineData(0)]
    [InlineData(int.MaxValue)]
    public void A_choice_value_outside_the_enum_is_refused_with_the_value_and_the_enum_named(int optionValue)
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => Choices.ToEnum<JourneyStage>(optionValue));

        Assert.Contains(optionValue.ToString(System.Globalization.CultureInfo.InvariantCulture), error.Message, StringComparison.Ordinal);
        Assert.Contains(nameof(JourneyStage), error.Message, StringComparison.Ordinal);
        Assert.Contains("573100003 (FormerClient)", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_enum_value_without_a_member_is_refused()
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => Choices.ToOptionSetValue((JourneyStage)42));

        Assert.Contains("42", error.Message, StringComparison.Ordinal);
        Assert.Contains(nameof(JourneyStage), error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_empty_choice_column_reads_as_null()
    {
        Assert.Null(Choices.ToEnum<ClientTier>((OptionSetValue?)null));
    }

    [Fact]
    public void A_multi_select_value_round_trips_in_order()
    {
        var stages = new[] { JourneyStage.BetweenEngagements, JourneyStage.FormerClient };

        var collection = Choices.ToOptionSetValueCollection(stages);

        Assert.Equal(new[] { 573100002, 573100003 }, new[] { collection[0].Value, collection[1].Value });
        Assert.Equal(stages, Choices.ToEnums<JourneyStage>(collection));
        Assert.Empty(Choices.ToEnums<JourneyStage>(null));
    }
}
