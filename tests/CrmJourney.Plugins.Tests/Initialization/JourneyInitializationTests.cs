using System;
using System.Linq;
using CrmJourney.Domain.Journey;
using CrmJourney.Domain.Json;
using CrmJourney.Domain.Touchpoints;
using CrmJourney.Plugins.Initialization;
using CrmJourney.Plugins.Schema;
using CrmJourney.Plugins.Tests.Sweep;
using Microsoft.Xrm.Sdk;
using TransitionTable = CrmJourney.Plugins.Schema.StageTransition;

namespace CrmJourney.Plugins.Tests.Initialization;

/// <summary>
/// cjp_InitializeJourney through the product organization (the engagement, account and referral steps registered as
/// they ship) on <see cref="HistoryFirm"/>: what each account becomes, what is written, that a second run and a dry run
/// change nothing, and who may run it.
/// </summary>
public sealed class JourneyInitializationTests
{
    private static JsonObject Summary(OrganizationResponse response) => (JsonObject)JsonValue.Parse((string)response.Results[InitializeJourneyApi.Outputs.Summary]);

    private static int Int(JsonObject json, string name) => ((JsonNumber)json[name]!).TryGetInt32(out var n) ? n : -1;

    [Fact]
    public void Acme_enters_between_engagements_with_its_won_audit_as_a_completed_engagement_and_every_touchpoint_counted_once()
    {
        var firm = new HistoryFirm();

        var response = firm.Initialize();

        Assert.True((bool)response.Results[InitializeJourneyApi.Outputs.Completed]);
        var acme = firm.Account(HistoryFirm.Acme);
        // Won 2024-01-10, 180 days → ended 2024-07-08; the email to Ann on 2026-03-01 keeps it inside the horizon.
        Assert.Equal(JourneyStage.BetweenEngagements, Choices.ToEnum<JourneyStage>(acme.GetAttributeValue<OptionSetValue>(Account.Columns.JourneyStage)));
        Assert.Equal(SweepWorld.Day(2024, 7, 8), acme.GetAttributeValue<DateTime>(Account.Columns.StageEnteredOn));
        Assert.Equal((0, 1, 1), (acme.GetAttributeValue<int>(Account.Columns.ActiveEngagementCount), acme.GetAttributeValue<int>(Account.Columns.CompletedEngagementCount), acme.GetAttributeValue<int>(Account.Columns.ServiceLineCount)));

        // The call regarding the opportunity and the email to Ann with no regarding: two touchpoints, the last an email.
        Assert.Equal(2, acme.GetAttributeValue<int>(Account.Columns.TouchpointCount));
        Assert.Equal(SweepWorld.Day(2026, 3, 1), acme.GetAttributeValue<DateTime>(Account.Columns.LastTouchpointOn));
        Assert.Equal(TouchpointChannel.Email, Choices.ToEnum<TouchpointChannel>(acme.GetAttributeValue<OptionSetValue>(Account.Columns.LastTouchpointChannel)));
        Assert.Equal(1, acme.GetAttributeValue<int>(Account.Columns.ReferralCount));

        var engagement = Assert.Single(firm.Rows(Engagement.LogicalName, Engagement.Columns.AccountId, Engagement.Columns.Status, Engagement.Columns.EndedOn, Engagement.Columns.OpportunityId, Engagement.Columns.ServiceLineId));
        Assert.Equal(HistoryFirm.AcmeAudit, engagement.GetAttributeValue<EntityReference>(Engagement.Columns.OpportunityId)!.Id);
        Assert.Equal(HistoryFirm.Audit, engagement.GetAttributeValue<EntityReference>(Engagement.Columns.ServiceLineId)!.Id);
        Assert.Equal(SweepWorld.Day(2024, 7, 8), engagement.GetAttributeValue<DateTime>(Engagement.Columns.EndedOn));
    }

    [Fact]
    public void Each_initialized_account_gets_exactly_one_Imported_transition_and_the_staged_and_skipped_ones_none()
    {
        var firm = new HistoryFirm();

        firm.Initialize();

        var transitions = firm.Rows(TransitionTable.LogicalName, TransitionTable.Columns.AccountId, TransitionTable.Columns.Trigger, TransitionTable.Columns.ToStage, TransitionTable.Columns.TransitionedOn);
        Assert.Equal(
            new[] { HistoryFirm.Acme, HistoryFirm.Beta }.OrderBy(id => id),
            transitions.Select(t => t.GetAttributeValue<EntityReference>(TransitionTable.Columns.AccountId)!.Id).OrderBy(id => id));
        Assert.All(transitions, t => Assert.Equal(TransitionTrigger.Imported, Choices.ToEnum<TransitionTrigger>(t.GetAttributeValue<OptionSetValue>(TransitionTable.Columns.Trigger))));
        var beta = transitions.Single(t => t.GetAttributeValue<EntityReference>(TransitionTable.Columns.AccountId)!.Id == HistoryFirm.Beta);
        Assert.Equal(SweepWorld.Day(2021, 5, 5), beta.GetAttributeValue<DateTime>(TransitionTable.Columns.TransitionedOn));
    }

    [Fact]
    public void Beta_stays_a_prospect_with_the_not_now_outcome_of_its_lost_deal_through_the_Lose_step_s_mapping()
    {
        var firm = new HistoryFirm();

        firm.Initialize();

        var beta = firm.Account(HistoryFirm.Beta);
        Assert.Equal(JourneyStage.Prospect, Choices.ToEnum<JourneyStage>(beta.GetAttributeValue<OptionSetValue>(Account.Columns.JourneyStage)));
        Assert.Equal(ProspectOutcome.NotNow, Choices.ToEnum<ProspectOutcome>(beta.GetAttributeValue<OptionSetValue>(Account.Columns.ProspectOutcome)));
        // The shipped mapping revisits after 180 days: 2025-06-10 + 180 = 2025-12-07.
        Assert.Equal(SweepWorld.Day(2025, 12, 7), beta.GetAttributeValue<DateTime>(Account.Columns.RevisitOn));
        Assert.Equal(0, beta.GetAttributeValue<int>(Account.Columns.TouchpointCount));
    }

    [Fact]
    public void Delta_whose_won_deal_names_no_service_line_keeps_no_stage_and_the_summary_says_what_to_do()
    {
        var firm = new HistoryFirm();

        var summary = Summary(firm.Initialize());

        Assert.Null(firm.Account(HistoryFirm.Delta).GetAttributeValue<OptionSetValue>(Account.Columns.JourneyStage));
        Assert.Equal(2, Int(summary, "accountsInitialized"));
        Assert.Equal(1, Int(summary, "accountsSkipped"));
        var skipped = (JsonObject)((JsonArray)summary["skipped"]!)[0];
        Assert.Equal("Delta GmbH", ((JsonString)skipped["name"]!).Value);
        Assert.Contains("\"Delta payroll\"", ((JsonString)skipped["reason"]!).Value, StringComparison.Ordinal);
    }

    [Fact]
    public void With_a_fallback_service_line_Delta_is_initialized_and_its_engagement_is_in_that_line()
    {
        var firm = new HistoryFirm();

        firm.Initialize(fallback: HistoryFirm.Tax);

        var delta = firm.Rows(Engagement.LogicalName, Engagement.Columns.AccountId, Engagement.Columns.ServiceLineId)
            .Single(e => e.GetAttributeValue<EntityReference>(Engagement.Columns.AccountId)!.Id == HistoryFirm.Delta);
        Assert.Equal(HistoryFirm.Tax, delta.GetAttributeValue<EntityReference>(Engagement.Columns.ServiceLineId)!.Id);
        Assert.NotNull(firm.Account(HistoryFirm.Delta).GetAttributeValue<OptionSetValue>(Account.Columns.JourneyStage));
    }

    [Fact]
    public void Gamma_which_already_had_a_stage_is_left_exactly_as_it_was()
    {
        var firm = new HistoryFirm();

        firm.Initialize();

        var gamma = firm.Account(HistoryFirm.Gamma);
        Assert.Equal(JourneyStage.ActiveClient, Choices.ToEnum<JourneyStage>(gamma.GetAttributeValue<OptionSetValue>(Account.Columns.JourneyStage)));
        Assert.False(gamma.Contains(Account.Columns.TouchpointCount));
    }

    [Fact]
    public void Running_it_a_second_time_creates_nothing_and_changes_no_row()
    {
        var firm = new HistoryFirm();
        firm.Initialize();
        var counts = new[] { Engagement.LogicalName, TransitionTable.LogicalName, Referral.LogicalName }.Select(t => firm.Rows(t).Count).ToArray();

        var second = Summary(firm.Initialize());

        Assert.Equal(0, Int(second, "accountsInitialized"));
        Assert.Equal(counts, new[] { Engagement.LogicalName, TransitionTable.LogicalName, Referral.LogicalName }.Select(t => firm.Rows(t).Count).ToArray());
        Assert.Equal(1, Int(second, "accountsSkipped"));
    }

    [Fact]
    public void A_dry_run_reports_what_a_real_run_does_and_writes_nothing()
    {
        var dry = new HistoryFirm();
        var real = new HistoryFirm();

        var preview = Summary(dry.Initialize(dryRun: true));
        var done = Summary(real.Initialize());

        foreach (var name in new[] { "accountsInitialized", "accountsSkipped", "engagementsCreated", "transitionsCreated", "referralsCreated", "touchpointsCounted" })
        {
            Assert.Equal(Int(done, name), Int(preview, name));
        }

        Assert.Empty(dry.Rows(Engagement.LogicalName));
        Assert.Empty(dry.Rows(TransitionTable.LogicalName));
        Assert.Null(dry.Account(HistoryFirm.Acme).GetAttributeValue<OptionSetValue>(Account.Columns.JourneyStage));
        Assert.Equal((1, 1, 1), (Int(done, "engagementsCreated"), Int(done, "referralsCreated"), Int(((JsonObject)done["byStage"]!), "BetweenEngagements")));
    }

    [Fact]
    public void A_user_without_the_rules_administrator_role_is_refused_and_nothing_is_written()
    {
        var firm = new HistoryFirm();

        var fault = Assert.Throws<System.ServiceModel.FaultException<OrganizationServiceFault>>(() => firm.Initialize(asUser: SweepWorld.Id("init:plain-user")));

        Assert.Contains("prvWritecjp_nurturerule", fault.Message, StringComparison.Ordinal);
        Assert.Empty(firm.Rows(TransitionTable.LogicalName));
    }
}
