using System;
using System.Collections.Generic;
using AccountTable = CrmJourney.Plugins.Schema.Account;
using EngagementTable = CrmJourney.Plugins.Schema.Engagement;
using LeadTable = CrmJourney.Plugins.Schema.Lead;
using NurtureLogTable = CrmJourney.Plugins.Schema.NurtureLog;
using NurtureRuleTable = CrmJourney.Plugins.Schema.NurtureRule;
using OpportunityTable = CrmJourney.Plugins.Schema.Opportunity;
using ReferralTable = CrmJourney.Plugins.Schema.Referral;
using ServiceLineTable = CrmJourney.Plugins.Schema.ServiceLine;
using StageTransitionTable = CrmJourney.Plugins.Schema.StageTransition;
using TaskTable = CrmJourney.Plugins.Schema.Task;

namespace CrmJourney.Solution.App;

/// <summary>
/// Every form the app ships. The account form carries the "Client journey" tab account managers work
/// from; the counters, dates and history the plugins keep are shown read-only (a hand edit would be
/// overwritten by the next event). Stage transitions and the nurture log are written by the plugins
/// only, so their forms are read-only throughout.
/// </summary>
public static class ClientJourneyForms
{
    /// <summary>Account main form of the app.</summary>
    public static readonly Guid AccountMain = new("164baac7-6f8e-4027-8584-f053eb021c4a");

    /// <summary>Lead main form of the app.</summary>
    public static readonly Guid LeadMain = new("aa239dd2-22a9-4ec2-88e5-5b3d35c710fb");

    /// <summary>Opportunity main form of the app.</summary>
    public static readonly Guid OpportunityMain = new("a59da74e-8c5c-418f-9f3d-eca74d3b0031");

    /// <summary>Engagement main form.</summary>
    public static readonly Guid EngagementMain = new("c8e4eb2a-984c-4bb4-8016-b0192adf349b");

    /// <summary>Engagement quick-create form.</summary>
    public static readonly Guid EngagementQuickCreate = new("c9ec01ba-7382-4ef7-8f97-7eecca95650a");

    /// <summary>Referral main form.</summary>
    public static readonly Guid ReferralMain = new("55c095cb-5244-406c-a7ac-182a89c433ca");

    /// <summary>Referral quick-create form.</summary>
    public static readonly Guid ReferralQuickCreate = new("b7bc026b-7c5a-4b41-82dd-28e3a3bf59c5");

    /// <summary>Stage transition main form (read-only).</summary>
    public static readonly Guid StageTransitionMain = new("8b673174-d117-4af4-9b18-438fe46e18ae");

    /// <summary>Nurture rule main form.</summary>
    public static readonly Guid NurtureRuleMain = new("888378de-98c4-4571-a818-e16c09d86197");

    /// <summary>Nurture log main form (read-only).</summary>
    public static readonly Guid NurtureLogMain = new("bcdffbbd-5c3c-4866-abcf-8a1a4225f28f");

    /// <summary>Service line main form.</summary>
    public static readonly Guid ServiceLineMain = new("54fc50a7-d90d-4d6e-afbf-468fe1167dde");

    /// <summary>The standard relationship between an account and the tasks regarding it.</summary>
    public const string AccountTasksRelationship = "Account_Tasks";

    /// <summary>All forms.</summary>
    public static IReadOnlyList<FormDefinition> All { get; } = new[]
    {
        Account(),
        ReferralSourceForm(LeadMain, LeadTable.LogicalName, "Client Journey lead", new FieldCell(LeadTable.Columns.Subject), new FieldCell(LeadTable.Columns.FullName), new FieldCell("companyname"), new FieldCell("emailaddress1"), new FieldCell("telephone1"), new FieldCell("ownerid")),
        ReferralSourceForm(OpportunityMain, OpportunityTable.LogicalName, "Client Journey opportunity", new FieldCell(OpportunityTable.Columns.Name), new FieldCell(OpportunityTable.Columns.CustomerId), new FieldCell(OpportunityTable.Columns.EstimatedValue), new FieldCell("estimatedclosedate"), new FieldCell("ownerid")),
        new FormDefinition(EngagementMain, EngagementTable.LogicalName, FormKind.Main, "Engagement", "An engagement: the work sold to a client in one service line.", new[]
        {
            Tab("general", "General",
                Section("engagement", "Engagement", Fields(EngagementTable.Columns.Name, EngagementTable.Columns.AccountId, EngagementTable.Columns.ServiceLineId, EngagementTable.Columns.OpportunityId, EngagementTable.Columns.EngagementPartnerId, EngagementTable.Columns.OwnerId)),
                Section("progress", "Progress", Fields(EngagementTable.Columns.Status, EngagementTable.Columns.StartedOn, EngagementTable.Columns.EndedOn, EngagementTable.Columns.Value, EngagementTable.Columns.Satisfaction))),
        }),
        new FormDefinition(EngagementQuickCreate, EngagementTable.LogicalName, FormKind.QuickCreate, "Quick create: engagement", "Log an engagement from an account.", new[]
        {
            Tab("general", "General", Section("engagement", "Engagement", Fields(EngagementTable.Columns.Name, EngagementTable.Columns.AccountId, EngagementTable.Columns.ServiceLineId, EngagementTable.Columns.Status, EngagementTable.Columns.StartedOn, EngagementTable.Columns.EngagementPartnerId))),
        }),
        new FormDefinition(ReferralMain, ReferralTable.LogicalName, FormKind.Main, "Referral", "A referral: who sent whom, how, and what came of it.", new[]
        {
            Tab("general", "General",
                Section("referrer", "Referred by", new FormCell[] { new FieldCell(ReferralTable.Columns.Name), new FieldCell(ReferralTable.Columns.ReferrerAccountId), new FieldCell(ReferralTable.Columns.ReferrerContactId), new FieldCell(ReferralTable.Columns.ReferrerStage, ReadOnly: true) }),
                Section("referred", "Referred", Fields(ReferralTable.Columns.ReferredLeadId, ReferralTable.Columns.ReferredOpportunityId, ReferralTable.Columns.ReferredAccountId)),
                Section("outcome", "Channel and outcome", Fields(ReferralTable.Columns.ReferredOn, ReferralTable.Columns.Channel, ReferralTable.Columns.Status, ReferralTable.Columns.Value))),
        }),
        new FormDefinition(ReferralQuickCreate, ReferralTable.LogicalName, FormKind.QuickCreate, "Quick create: referral", "Log a referral in a few fields.", new[]
        {
            Tab("general", "General", Section("referral", "Referral", Fields(ReferralTable.Columns.Name, ReferralTable.Columns.ReferrerAccountId, ReferralTable.Columns.ReferrerContactId, ReferralTable.Columns.ReferredLeadId, ReferralTable.Columns.ReferredOn, ReferralTable.Columns.Channel))),
        }),
        new FormDefinition(StageTransitionMain, StageTransitionTable.LogicalName, FormKind.Main, "Stage transition", "One move of an account between journey stages, written by the plugins.", new[]
        {
            Tab("general", "General", Section("transition", "Transition", Fields(StageTransitionTable.Columns.Name, StageTransitionTable.Columns.AccountId, StageTransitionTable.Columns.FromStage, StageTransitionTable.Columns.ToStage, StageTransitionTable.Columns.TransitionedOn, StageTransitionTable.Columns.Trigger, StageTransitionTable.Columns.EngagementId, StageTransitionTable.Columns.DaysInPreviousStage, StageTransitionTable.Columns.ByUserId))),
        }, readOnly: true),
        NurtureRule(),
        new FormDefinition(NurtureLogMain, NurtureLogTable.LogicalName, FormKind.Main, "Nurture log", "One firing of a nurture rule, written by the sweep.", new[]
        {
            Tab("general", "General",
                Section("firing", "Firing", Fields(NurtureLogTable.Columns.Name, NurtureLogTable.Columns.NurtureRuleId, NurtureLogTable.Columns.AccountId, NurtureLogTable.Columns.FiredOn, NurtureLogTable.Columns.Window, NurtureLogTable.Columns.AssignedToId, NurtureLogTable.Columns.TaskId)),
                Section("reason", "Reason", Fields(NurtureLogTable.Columns.Reason))),
        }, readOnly: true),
        new FormDefinition(ServiceLineMain, ServiceLineTable.LogicalName, FormKind.Main, "Service line", "A service line the firm sells.", new[]
        {
            Tab("general", "General", Section("serviceline", "Service line", Fields(ServiceLineTable.Columns.Name, ServiceLineTable.Columns.Code, ServiceLineTable.Columns.Description))),
        }),
    };

    private static FormDefinition Account() => new(AccountMain, AccountTable.LogicalName, FormKind.Main, "Client Journey account", "The account as an account manager needs it: where it stands in the client journey and what happened.", new[]
    {
        Tab("summary", "Summary", Section("account", "Account", Fields(AccountTable.Columns.Name, "telephone1", "websiteurl", AccountTable.Columns.ParentAccountId, AccountTable.Columns.OwnerId))),
        Tab("clientjourney", "Client journey",
            Section("stage", "Stage", new FormCell[] { new FieldCell(AccountTable.Columns.JourneyStage), new FieldCell(AccountTable.Columns.StageEnteredOn, ReadOnly: true, Label: "In stage since"), new FieldCell(AccountTable.Columns.RelationshipPartnerId), new FieldCell(AccountTable.Columns.Tier) }),
            Section("prospect", "Prospect", Fields(AccountTable.Columns.ProspectOutcome, AccountTable.Columns.RevisitOn)),
            Section("former", "Former client", Fields(AccountTable.Columns.FormerSentiment, AccountTable.Columns.FormerReason)),
            Section("touchpoints", "Touchpoints", ReadOnlyFields(AccountTable.Columns.LastTouchpointOn, AccountTable.Columns.LastTouchpointChannel, AccountTable.Columns.TouchpointCount)),
            Section("engagements", "Engagements", new FormCell[]
            {
                new FieldCell(AccountTable.Columns.FirstEngagementOn, ReadOnly: true), new FieldCell(AccountTable.Columns.LastEngagementEndedOn, ReadOnly: true), new FieldCell(AccountTable.Columns.ActiveEngagementCount, ReadOnly: true),
                new FieldCell(AccountTable.Columns.CompletedEngagementCount, ReadOnly: true), new FieldCell(AccountTable.Columns.ServiceLineCount, ReadOnly: true, Label: "Service lines bought"),
            }),
            Section("referrals", "Referrals", ReadOnlyFields(AccountTable.Columns.ReferralCount, AccountTable.Columns.ReferralWonCount, AccountTable.Columns.LastReferralOn)),
            Section("history", "Journey history", new FormCell[] { new SubgridCell("journeyhistory", "Journey history", StageTransitionTable.LogicalName, ClientJourneyViews.JourneyHistory, "cjp_account_cjp_stagetransition_accountid", 10) }),
            Section("engagementlist", "Engagements", new FormCell[] { new SubgridCell("engagementsgrid", "Engagements", EngagementTable.LogicalName, ClientJourneyViews.StandardViewId(EngagementTable.LogicalName, ViewKind.Associated), "cjp_account_cjp_engagement_accountid") }),
            Section("referralsgiven", "Referrals given", new FormCell[] { new SubgridCell("referralsgiven", "Referrals given", ReferralTable.LogicalName, ClientJourneyViews.StandardViewId(ReferralTable.LogicalName, ViewKind.Associated), "cjp_account_cjp_referral_referreraccountid") }),
            Section("nurturetasks", "Open nurture tasks", new FormCell[] { new SubgridCell("opennurturetasks", "Open nurture tasks", TaskTable.LogicalName, ClientJourneyViews.OpenNurtureTasks, AccountTasksRelationship) })),
    });

    private static FormDefinition ReferralSourceForm(Guid id, string table, string name, params FormCell[] summary) => new(id, table, FormKind.Main, name, "Adds the service line and the referral source to the summary.", new[]
    {
        Tab("summary", "Summary",
            Section("summary", "Summary", summary),
            Section("referralsource", "Service line and referral source", Fields(LeadTable.Columns.ServiceLineId, LeadTable.Columns.ReferredByAccountId, LeadTable.Columns.ReferredByContactId, LeadTable.Columns.ReferralChannel))),
    });

    private static FormDefinition NurtureRule() => new(NurtureRuleMain, NurtureRuleTable.LogicalName, FormKind.Main, "Nurture rule", "A nurture rule: the sections shown depend on the rule type.", new[]
    {
        Tab("general", "Rule",
            Section("rule_general", "Rule", Fields(NurtureRuleTable.Columns.Name, NurtureRuleTable.Columns.RuleType)),
            Section(NurtureRuleFormSections.Stages, "Stages watched", Fields(NurtureRuleTable.Columns.Stages)),
            Section(NurtureRuleFormSections.Threshold, "Threshold", Fields(NurtureRuleTable.Columns.ThresholdDays)),
            Section(NurtureRuleFormSections.MinimumEngagements, "Completed engagements", Fields(NurtureRuleTable.Columns.MinimumCompletedEngagements)),
            Section("rule_scope", "Tiers and cooldown", Fields(NurtureRuleTable.Columns.Tiers, NurtureRuleTable.Columns.CooldownDays)),
            Section("rule_task", "Task", Fields(NurtureRuleTable.Columns.AssigneeType, NurtureRuleTable.Columns.AssigneeUserId, NurtureRuleTable.Columns.AssigneeTeamId, NurtureRuleTable.Columns.TaskSubject, NurtureRuleTable.Columns.TaskDescription, NurtureRuleTable.Columns.DueInDays, NurtureRuleTable.Columns.Priority)),
            Section(NurtureRuleFormSections.Email, "Digest email", Fields(NurtureRuleTable.Columns.SendEmail)),
            Section("rule_conditions", "Extra conditions", Fields(NurtureRuleTable.Columns.ConditionsJson))),
    }, script: new FormScript(NurtureRuleFormSections.ScriptName, new[]
    {
        new FormEventHandler(NurtureRuleFormSections.OnLoad),
        new FormEventHandler(NurtureRuleFormSections.OnRuleTypeChange, NurtureRuleTable.Columns.RuleType),
    }));

    private static FormTab Tab(string name, string label, params FormSection[] sections) => new(name, label, sections);

    private static FormSection Section(string name, string label, IReadOnlyList<FormCell> cells) => new(name, label, cells);

    private static FormCell[] Fields(params string[] columns) => Array.ConvertAll(columns, c => (FormCell)new FieldCell(c));

    private static FormCell[] ReadOnlyFields(params string[] columns) => Array.ConvertAll(columns, c => (FormCell)new FieldCell(c, ReadOnly: true));
}
