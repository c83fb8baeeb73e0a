using System;
using System.Collections.Generic;
using System.Globalization;
using CrmJourney.Domain.Journey;
using AccountTable = CrmJourney.Plugins.Schema.Account;
using ReferralTable = CrmJourney.Plugins.Schema.Referral;
using TaskTable = CrmJourney.Plugins.Schema.Task;

namespace CrmJourney.Solution.App;

/// <summary>
/// The system charts of the "Client journey" dashboard. Each counts what the journey report
/// (<c>cjp report</c>) counts for the same data: accounts per stored stage; quiet clients (active or
/// between engagements, silent by the shipped Quiet rule's test, <see cref="QuietFetchFilter"/>) per
/// relationship partner; referrals per the
/// referrer's stage when it referred; nurture tasks per rule, split by state, so the stack is the
/// tasks created and its Completed part the tasks completed.
/// </summary>
public static class ClientJourneyCharts
{
    /// <summary>Accounts by journey stage.</summary>
    public static readonly Guid AccountsByStage = new("4fe75645-4d17-464b-8b98-9a066041e151");

    /// <summary>Quiet clients by relationship partner.</summary>
    public static readonly Guid QuietClientsByPartner = new("fb0c1c8e-3d6b-4a6e-a0a5-8e7f3f0f6c21");

    /// <summary>Referrals by the referrer's stage.</summary>
    public static readonly Guid ReferralsByReferrerStage = new("a51e7a9e-2c55-4a8f-9c7b-0d86e1c3f402");

    /// <summary>Nurture tasks created and completed, by rule.</summary>
    public static readonly Guid NurtureTasksByRule = new("d2a8c3e4-7b19-4f6d-8e25-6c1b9f0a7d83");

    /// <summary>All charts.</summary>
    public static IReadOnlyList<ChartDefinition> All { get; } = new[]
    {
        new ChartDefinition(AccountsByStage, AccountTable.LogicalName, "Accounts by journey stage", "Number of accounts in each client-journey stage.",
            AccountTable.Columns.JourneyStage, AccountTable.PrimaryIdAttribute, ChartKind.Column,
            Filter: $"<filter type=\"and\"><condition attribute=\"{AccountTable.Columns.JourneyStage}\" operator=\"not-null\" /></filter>"),
        new ChartDefinition(QuietClientsByPartner, AccountTable.LogicalName, "Quiet clients by partner", string.Create(CultureInfo.InvariantCulture, $"Active and between-engagement clients with no touchpoint for {QuietFetchFilter.Days} days or more (never touched: {QuietFetchFilter.Days} days in their stage), per relationship partner."),
            AccountTable.Columns.RelationshipPartnerId, AccountTable.PrimaryIdAttribute, ChartKind.Bar,
            Filter: string.Create(CultureInfo.InvariantCulture, $"<filter type=\"and\"><condition attribute=\"{AccountTable.Columns.JourneyStage}\" operator=\"in\"><value>{Value(JourneyStage.ActiveClient)}</value><value>{Value(JourneyStage.BetweenEngagements)}</value></condition>{QuietFetchFilter.SilentFor(QuietFetchFilter.Days)}</filter>")),
        new ChartDefinition(ReferralsByReferrerStage, ReferralTable.LogicalName, "Referral sources by the referrer's stage", "Referrals counted by the stage the referrer was in when it referred (empty: a contact alone).",
            ReferralTable.Columns.ReferrerStage, ReferralTable.PrimaryIdAttribute, ChartKind.Column),
        new ChartDefinition(NurtureTasksByRule, TaskTable.LogicalName, "Nurture tasks created vs completed by rule", "Tasks each nurture rule created, stacked by state: the whole column is created, its Completed part completed.",
            TaskTable.Columns.NurtureRuleId, TaskTable.PrimaryIdAttribute, ChartKind.StackedColumn,
            Filter: $"<filter type=\"and\"><condition attribute=\"{TaskTable.Columns.NurtureRuleId}\" operator=\"not-null\" /></filter>",
            SeriesBy: TaskTable.Columns.StateCode),
    };

    private static int Value(JourneyStage stage) => CrmJourney.Plugins.Schema.Choices.OptionValueBase + (int)stage;
}
