using System;
using System.ServiceModel;
using CrmJourney.Domain.Journey;
using CrmJourney.Domain.Rules;
using CrmJourney.Plugins.Schema;
using CrmJourney.Plugins.Tests.Hosted;
using Microsoft.Xrm.Sdk;

namespace CrmJourney.Plugins.Tests.Rules;

public sealed class NurtureRuleValidationPluginTests
{
    private readonly JourneyOrg _org = JourneyOrg.Create(Day.Of(2026, 11, 23));

    [Fact]
    public void A_valid_quiet_rule_is_saved()
    {
        var id = _org.AsUser.Create(QuietRule());

        Assert.Equal("Quiet Tier 1 clients", _org.Read("cjp_nurturerule", id, "cjp_name").GetAttributeValue<string>("cjp_name"));
    }

    [Fact]
    public void An_invalid_rule_is_refused_with_every_problem_naming_its_column_and_fix()
    {
        var rule = QuietRule();
        rule["cjp_thresholddays"] = 0;
        rule.Attributes.Remove("cjp_assigneetype");
        rule["cjp_conditionsjson"] = "[1]";

        var fault = Assert.Throws<FaultException<OrganizationServiceFault>>(() => _org.AsUser.Create(rule));

        Assert.Equal(
            "The nurture rule \"Quiet Tier 1 clients\" cannot be saved; fix these 3 problem(s):"
            + "\n- cjp_thresholddays (thresholdDays): must be at least 1 — set " + RuleTypeRequirements.For(NurtureRuleType.Quiet).ThresholdMeaning
            + "\n- cjp_assigneetype (assigneeType): must be set — choose who receives the tasks: AccountOwner, RelationshipPartner, EngagementPartner, SpecificUser, SpecificTeam"
            + "\n- cjp_conditionsjson (conditions): must be a JSON object, not a list — write an object such as {\"minimumDaysInStage\": 30}, or leave it empty",
            fault.Detail.Message);
        Assert.Empty(_org.Rows("cjp_nurturerule"));
    }

    [Fact]
    public void An_update_is_checked_as_the_changed_columns_over_the_stored_rule_and_a_refusal_keeps_the_stored_values()
    {
        var id = _org.AsUser.Create(QuietRule());

        var fault = Assert.Throws<FaultException<OrganizationServiceFault>>(() =>
            _org.AsUser.Update(new Entity("cjp_nurturerule", id) { ["cjp_tasksubject"] = "Call {account.nickname}" }));

        Assert.StartsWith("The nurture rule \"Quiet Tier 1 clients\" cannot be saved; fix these 1 problem(s):\n- cjp_tasksubject (subject): ", fault.Detail.Message, StringComparison.Ordinal);
        Assert.Equal("Check in with {account.name}", _org.Read("cjp_nurturerule", id, "cjp_tasksubject").GetAttributeValue<string>("cjp_tasksubject"));
    }

    [Fact]
    public void Deactivating_a_rule_is_never_refused()
    {
        var invalid = QuietRule();
        invalid.Id = Guid.NewGuid();
        invalid["cjp_thresholddays"] = 0;
        invalid["statecode"] = new OptionSetValue(0);
        invalid["statuscode"] = new OptionSetValue(1);
        _org.Seed(invalid);

        _org.AsUser.Update(new Entity("cjp_nurturerule", invalid.Id) { ["statecode"] = new OptionSetValue(1), ["statuscode"] = new OptionSetValue(2) });

        Assert.Equal(1, _org.Read("cjp_nurturerule", invalid.Id, "statecode").Option("statecode"));
    }

    private static Entity QuietRule() => new("cjp_nurturerule")
    {
        ["cjp_name"] = "Quiet Tier 1 clients",
        ["cjp_ruletype"] = JourneyOrg.Choice(NurtureRuleType.Quiet),
        ["cjp_stages"] = Choices.ToOptionSetValueCollection(new[] { JourneyStage.BetweenEngagements }),
        ["cjp_thresholddays"] = 90,
        ["cjp_assigneetype"] = JourneyOrg.Choice(AssigneeType.RelationshipPartner),
        ["cjp_tasksubject"] = "Check in with {account.name}",
    };
}
