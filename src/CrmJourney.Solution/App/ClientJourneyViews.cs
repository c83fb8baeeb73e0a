using System;
using System.Collections.Generic;
using System.Globalization;
using CrmJourney.Domain.Journey;
using CrmJourney.Domain.Rules;
using AccountTable = CrmJourney.Plugins.Schema.Account;
using EngagementTable = CrmJourney.Plugins.Schema.Engagement;
using NurtureLogTable = CrmJourney.Plugins.Schema.NurtureLog;
using NurtureRuleTable = CrmJourney.Plugins.Schema.NurtureRule;
using ReferralTable = CrmJourney.Plugins.Schema.Referral;
using ServiceLineTable = CrmJourney.Plugins.Schema.ServiceLine;
using StageTransitionTable = CrmJourney.Plugins.Schema.StageTransition;
using TaskTable = CrmJourney.Plugins.Schema.Task;

namespace CrmJourney.Solution.App;

/// <summary>
/// Every system view the solution ships: the working views account managers open (quiet, pigeonholed,
/// advocates to check in, not-now prospects due, nurture tasks — shared and "my" variants), and for each
/// custom table the views a model-driven app needs (active, lookup, associated, quick find). The quiet,
/// pigeonholed and check-in thresholds are the shipped rules' (<see cref="ShippedRuleDefaults"/>; the quiet
/// test is <see cref="QuietFetchFilter"/>): a saved view cannot read a firm's own rule, so a firm that
/// changes its rules sees its own numbers in the sweep and the report and edits the views in the app.
/// </summary>
public static class ClientJourneyViews
{
    /// <summary>Accounts: clients gone quiet (the shipped Quiet rule's test, <see cref="QuietFetchFilter"/>).</summary>
    public static readonly Guid ClientsGoneQuiet = new("4f38bcb3-453e-44a3-9298-04c0d712f6e3");

    /// <summary>Accounts: pigeonholed clients.</summary>
    public static readonly Guid PigeonholedClients = new("2f0e0c79-a9ca-4dba-bd07-f25787ae3ad5");

    /// <summary>Accounts: former-client advocates.</summary>
    public static readonly Guid FormerClientAdvocates = new("c03a827a-b6f7-456f-a2fc-db5015691740");

    /// <summary>Accounts: my quiet clients (I am the relationship partner).</summary>
    public static readonly Guid MyQuietClients = new("7c072a7c-f2f4-41f0-b26b-2f06e9753e3f");

    /// <summary>Accounts: my pigeonholed clients.</summary>
    public static readonly Guid MyPigeonholedClients = new("436f726c-3a4b-436a-98a1-483f7dbd2ec8");

    /// <summary>Accounts: former-client advocates not contacted for the shipped Advocate check-in rule's days.</summary>
    public static readonly Guid AdvocatesToCheckIn = new("6b320536-a888-41e9-822f-8332ee1803a6");

    /// <summary>Accounts: "not now" prospects whose revisit date has come.</summary>
    public static readonly Guid NotNowProspectsDue = new("0f3f8f0a-5d4c-4a4e-9d53-7e0e2b8f6a11");

    /// <summary>Stage transitions: journey history, newest first (the table's default view).</summary>
    public static readonly Guid JourneyHistory = new("c961ec63-a6ca-449d-9d38-54649ad84d05");

    /// <summary>Tasks: open tasks a nurture rule raised.</summary>
    public static readonly Guid OpenNurtureTasks = new("0839cd6b-d88e-45a1-80e4-636c7c5fcb60");

    /// <summary>Tasks: my open nurture tasks.</summary>
    public static readonly Guid MyOpenNurtureTasks = new("5e3c1b9d-2a47-4f0e-8c61-93d2a7b4e5f0");

    /// <summary>Accounts: every active account with a journey stage (the stage chart's list).</summary>
    public static readonly Guid AccountsInJourney = new("62b859a8-0ec2-4c07-84ea-c0a1c7464bc5");

    /// <summary>Tasks: every task a nurture rule raised, open or not (the created-vs-completed chart's list).</summary>
    public static readonly Guid AllNurtureTasks = new("3ac35544-296e-4a72-a470-017800816764");

    private const int CheckInDays = ShippedRuleDefaults.AdvocateCheckInThresholdDays;

    private const string Active = "<condition attribute=\"statecode\" operator=\"eq\" value=\"0\" />";

    /// <summary>All views, in declaration order.</summary>
    public static IReadOnlyList<ViewDefinition> All { get; } = Build();

    /// <summary>The id of a custom table's generated view of <paramref name="kind"/>: name-based, so it never changes.</summary>
    public static Guid StandardViewId(string table, ViewKind kind) => DeterministicGuid.From($"view:{table}:{kind}");

    private static List<ViewDefinition> Build()
    {
        var views = new List<ViewDefinition>
        {
            new(ClientsGoneQuiet, AccountTable.LogicalName, AccountTable.PrimaryIdAttribute, ViewKind.Public, "Clients gone quiet",
                Inv($"Active clients and clients between engagements with no touchpoint for {QuietFetchFilter.Days} days or more (never touched: {QuietFetchFilter.Days} days in their stage), as the shipped Quiet rule counts."),
                QuietColumns(), AccountTable.Columns.LastTouchpointOn, filter: QuietFilter(mine: false)),
            new(PigeonholedClients, AccountTable.LogicalName, AccountTable.PrimaryIdAttribute, ViewKind.Public, "Pigeonholed clients",
                "Clients with at least two completed engagements, all in a single service line.",
                PigeonholedColumns(), AccountTable.Columns.CompletedEngagementCount, descending: true, filter: PigeonholedFilter(mine: false)),
            new(FormerClientAdvocates, AccountTable.LogicalName, AccountTable.PrimaryIdAttribute, ViewKind.Public, "Former-client advocates",
                "Former clients who are advocates: keep in touch and ask for referrals.",
                new[] { new ViewColumn(AccountTable.Columns.Name, 200), new ViewColumn(AccountTable.Columns.FormerSentiment, 125), new ViewColumn(AccountTable.Columns.StageEnteredOn, 125), new ViewColumn(AccountTable.Columns.LastTouchpointOn, 125), new ViewColumn(AccountTable.Columns.ReferralCount, 100), new ViewColumn(AccountTable.Columns.LastReferralOn, 125), new ViewColumn(AccountTable.Columns.RelationshipPartnerId) },
                AccountTable.Columns.Name, filter: And(Eq(AccountTable.Columns.JourneyStage, Stage(JourneyStage.FormerClient)), Eq(AccountTable.Columns.FormerSentiment, Choice((int)FormerSentiment.Advocate)))),
            new(MyQuietClients, AccountTable.LogicalName, AccountTable.PrimaryIdAttribute, ViewKind.Public, "My quiet clients",
                Inv($"The clients I am relationship partner of that have gone quiet (no touchpoint for {QuietFetchFilter.Days} days or more, as the shipped Quiet rule counts)."),
                QuietColumns(), AccountTable.Columns.LastTouchpointOn, filter: QuietFilter(mine: true)),
            new(MyPigeonholedClients, AccountTable.LogicalName, AccountTable.PrimaryIdAttribute, ViewKind.Public, "My pigeonholed clients",
                "The clients I am relationship partner of with two or more completed engagements, all in one service line.",
                PigeonholedColumns(), AccountTable.Columns.CompletedEngagementCount, descending: true, filter: PigeonholedFilter(mine: true)),
            new(AdvocatesToCheckIn, AccountTable.LogicalName, AccountTable.PrimaryIdAttribute, ViewKind.Public, "Former-client advocates to check in",
                Inv($"Former-client advocates nobody has been in touch with for {CheckInDays} days (or ever), oldest contact first."),
                AdvocateColumns(), AccountTable.Columns.LastTouchpointOn,
                filter: And(Active, Eq(AccountTable.Columns.JourneyStage, Stage(JourneyStage.FormerClient)), Eq(AccountTable.Columns.FormerSentiment, Choice((int)FormerSentiment.Advocate)), SilentFor(CheckInDays))),
            new(NotNowProspectsDue, AccountTable.LogicalName, AccountTable.PrimaryIdAttribute, ViewKind.Public, "Not-now prospects due",
                "Prospects who said \"not now\" whose revisit date is today or has passed, earliest first.",
                new[] { new ViewColumn(AccountTable.Columns.Name, 200), new ViewColumn(AccountTable.Columns.RevisitOn, 125), new ViewColumn(AccountTable.Columns.ProspectOutcome, 125), new ViewColumn(AccountTable.Columns.OwnerId, 150), new ViewColumn(AccountTable.Columns.RelationshipPartnerId, 150) },
                AccountTable.Columns.RevisitOn,
                filter: And(Active, Eq(AccountTable.Columns.JourneyStage, Stage(JourneyStage.Prospect)), Eq(AccountTable.Columns.ProspectOutcome, Choice((int)ProspectOutcome.NotNow)),
                    $"<filter type=\"or\"><condition attribute=\"{AccountTable.Columns.RevisitOn}\" operator=\"today\" /><condition attribute=\"{AccountTable.Columns.RevisitOn}\" operator=\"olderthan-x-days\" value=\"1\" /></filter>")),
            new(AccountsInJourney, AccountTable.LogicalName, AccountTable.PrimaryIdAttribute, ViewKind.Public, "Accounts in the client journey",
                "Every active account with a journey stage, by stage.",
                new[] { new ViewColumn(AccountTable.Columns.Name, 200), new ViewColumn(AccountTable.Columns.JourneyStage), new ViewColumn(AccountTable.Columns.StageEnteredOn, 125), new ViewColumn(AccountTable.Columns.Tier, 100), new ViewColumn(AccountTable.Columns.RelationshipPartnerId), new ViewColumn(AccountTable.Columns.OwnerId, 125) },
                AccountTable.Columns.JourneyStage, filter: And(Active, NotNull(AccountTable.Columns.JourneyStage))),
            new(OpenNurtureTasks, TaskTable.LogicalName, TaskTable.PrimaryIdAttribute, ViewKind.Public, "Open nurture tasks",
                "Open tasks created by a nurture rule.",
                TaskColumns(), TaskTable.Columns.ScheduledEnd, filter: And(Active, NotNull(TaskTable.Columns.NurtureRuleId))),
            new(MyOpenNurtureTasks, TaskTable.LogicalName, TaskTable.PrimaryIdAttribute, ViewKind.Public, "My open nurture tasks",
                "Open nurture tasks I own, due first.",
                TaskColumns(), TaskTable.Columns.ScheduledEnd, filter: And(Active, NotNull(TaskTable.Columns.NurtureRuleId), $"<condition attribute=\"{TaskTable.Columns.OwnerId}\" operator=\"eq-userid\" />")),
            new(AllNurtureTasks, TaskTable.LogicalName, TaskTable.PrimaryIdAttribute, ViewKind.Public, "All nurture tasks",
                "Every task a nurture rule created, open, completed or cancelled.",
                TaskColumns(), TaskTable.Columns.ScheduledEnd, descending: true, filter: And(NotNull(TaskTable.Columns.NurtureRuleId))),
            new(JourneyHistory, StageTransitionTable.LogicalName, StageTransitionTable.PrimaryIdAttribute, ViewKind.Public, "Journey history",
                "Every journey stage change, newest first.",
                new[] { new ViewColumn(StageTransitionTable.Columns.Name, 200), new ViewColumn(StageTransitionTable.Columns.AccountId), new ViewColumn(StageTransitionTable.Columns.FromStage, 125), new ViewColumn(StageTransitionTable.Columns.ToStage, 125), new ViewColumn(StageTransitionTable.Columns.TransitionedOn, 125), new ViewColumn(StageTransitionTable.Columns.Trigger, 125), new ViewColumn(StageTransitionTable.Columns.DaysInPreviousStage, 100), new ViewColumn(StageTransitionTable.Columns.ByUserId, 125) },
                StageTransitionTable.Columns.TransitionedOn, descending: true, isDefault: true),
        };

        views.AddRange(Standard(EngagementTable.LogicalName, EngagementTable.PrimaryIdAttribute, "Engagements",
            new[] { new ViewColumn(EngagementTable.Columns.Name, 200), new ViewColumn(EngagementTable.Columns.AccountId, 200), new ViewColumn(EngagementTable.Columns.ServiceLineId), new ViewColumn(EngagementTable.Columns.Status, 100), new ViewColumn(EngagementTable.Columns.StartedOn, 100), new ViewColumn(EngagementTable.Columns.EndedOn, 100), new ViewColumn(EngagementTable.Columns.EngagementPartnerId) },
            EngagementTable.Columns.StartedOn, descending: true));
        views.AddRange(Standard(ReferralTable.LogicalName, ReferralTable.PrimaryIdAttribute, "Referrals",
            new[] { new ViewColumn(ReferralTable.Columns.Name, 200), new ViewColumn(ReferralTable.Columns.ReferrerAccountId, 200), new ViewColumn(ReferralTable.Columns.ReferrerStage), new ViewColumn(ReferralTable.Columns.Channel, 125), new ViewColumn(ReferralTable.Columns.Status, 100), new ViewColumn(ReferralTable.Columns.ReferredOn, 125) },
            ReferralTable.Columns.ReferredOn, descending: true));
        views.AddRange(Standard(StageTransitionTable.LogicalName, StageTransitionTable.PrimaryIdAttribute, "Stage transitions",
            new[] { new ViewColumn(StageTransitionTable.Columns.Name, 200), new ViewColumn(StageTransitionTable.Columns.AccountId, 200), new ViewColumn(StageTransitionTable.Columns.FromStage), new ViewColumn(StageTransitionTable.Columns.ToStage), new ViewColumn(StageTransitionTable.Columns.TransitionedOn), new ViewColumn(StageTransitionTable.Columns.Trigger, 125) },
            StageTransitionTable.Columns.TransitionedOn, descending: true, withActive: false));
        views.AddRange(Standard(NurtureRuleTable.LogicalName, NurtureRuleTable.PrimaryIdAttribute, "Nurture rules",
            new[] { new ViewColumn(NurtureRuleTable.Columns.Name, 200), new ViewColumn(NurtureRuleTable.Columns.RuleType, 150), new ViewColumn(NurtureRuleTable.Columns.AssigneeType, 150), new ViewColumn(NurtureRuleTable.Columns.CooldownDays, 100), new ViewColumn(NurtureRuleTable.Columns.DueInDays, 100) },
            NurtureRuleTable.Columns.Name));
        views.AddRange(Standard(NurtureLogTable.LogicalName, NurtureLogTable.PrimaryIdAttribute, "Nurture log",
            new[] { new ViewColumn(NurtureLogTable.Columns.Name, 200), new ViewColumn(NurtureLogTable.Columns.NurtureRuleId, 150), new ViewColumn(NurtureLogTable.Columns.AccountId, 200), new ViewColumn(NurtureLogTable.Columns.FiredOn, 125), new ViewColumn(NurtureLogTable.Columns.AssignedToId), new ViewColumn(NurtureLogTable.Columns.Window, 100) },
            NurtureLogTable.Columns.FiredOn, descending: true));
        views.AddRange(Standard(ServiceLineTable.LogicalName, ServiceLineTable.PrimaryIdAttribute, "Service lines",
            new[] { new ViewColumn(ServiceLineTable.Columns.Name, 200), new ViewColumn(ServiceLineTable.Columns.Code, 100) },
            ServiceLineTable.Columns.Name));
        return views;
    }

    // Active (public, default), lookup, associated and quick-find views of a custom table. Stage
    // transitions get no separate active view: "Journey history" is theirs.
    private static IEnumerable<ViewDefinition> Standard(string table, string primaryId, string plural, ViewColumn[] columns, string orderBy, bool descending = false, bool withActive = true)
    {
        var name = columns[0].Column;
        if (withActive)
        {
            yield return new ViewDefinition(StandardViewId(table, ViewKind.Public), table, primaryId, ViewKind.Public, $"Active {plural.ToLowerInvariant()}", $"{plural} that are active.", columns, orderBy, descending, And(Active), isDefault: true);
        }

        yield return new ViewDefinition(StandardViewId(table, ViewKind.Lookup), table, primaryId, ViewKind.Lookup, $"{plural} lookup view", $"What a lookup to {plural.ToLowerInvariant()} lists.", columns[..Math.Min(2, columns.Length)], name, filter: And(Active), isDefault: true);
        yield return new ViewDefinition(StandardViewId(table, ViewKind.Associated), table, primaryId, ViewKind.Associated, $"{plural} associated view", $"{plural} of the record a grid is on.", columns, orderBy, descending, And(Active), isDefault: true);
        yield return new ViewDefinition(StandardViewId(table, ViewKind.QuickFind), table, primaryId, ViewKind.QuickFind, $"Quick find active {plural.ToLowerInvariant()}", $"Searches {plural.ToLowerInvariant()} by name.", columns, name,
            filter: And(Active) + $"<filter type=\"or\" isquickfindfields=\"1\"><condition attribute=\"{name}\" operator=\"like\" value=\"{{0}}\" /></filter>", isDefault: true);
    }

    private static ViewColumn[] QuietColumns() => new[]
    {
        new ViewColumn(AccountTable.Columns.Name, 200), new ViewColumn(AccountTable.Columns.JourneyStage), new ViewColumn(AccountTable.Columns.StageEnteredOn, 125),
        new ViewColumn(AccountTable.Columns.LastTouchpointOn, 125), new ViewColumn(AccountTable.Columns.LastTouchpointChannel, 125), new ViewColumn(AccountTable.Columns.RelationshipPartnerId), new ViewColumn(AccountTable.Columns.Tier, 100),
    };

    private static ViewColumn[] PigeonholedColumns() => new[]
    {
        new ViewColumn(AccountTable.Columns.Name, 200), new ViewColumn(AccountTable.Columns.JourneyStage), new ViewColumn(AccountTable.Columns.CompletedEngagementCount, 125),
        new ViewColumn(AccountTable.Columns.ServiceLineCount, 125), new ViewColumn(AccountTable.Columns.LastEngagementEndedOn, 125), new ViewColumn(AccountTable.Columns.RelationshipPartnerId),
    };

    private static ViewColumn[] AdvocateColumns() => new[]
    {
        new ViewColumn(AccountTable.Columns.Name, 200), new ViewColumn(AccountTable.Columns.FormerSentiment, 125), new ViewColumn(AccountTable.Columns.FormerReason, 200),
        new ViewColumn(AccountTable.Columns.LastTouchpointOn, 125), new ViewColumn(AccountTable.Columns.ReferralCount, 100), new ViewColumn(AccountTable.Columns.RelationshipPartnerId),
    };

    private static ViewColumn[] TaskColumns() => new[]
    {
        new ViewColumn(TaskTable.Columns.Subject, 250), new ViewColumn(TaskTable.Columns.RegardingObjectId), new ViewColumn(TaskTable.Columns.NurtureRuleId),
        new ViewColumn(TaskTable.Columns.OwnerId, 125), new ViewColumn(TaskTable.Columns.ScheduledEnd, 125), new ViewColumn(TaskTable.Columns.PriorityCode, 100),
    };

    private static string QuietFilter(bool mine) => And(
        Active,
        $"<condition attribute=\"{AccountTable.Columns.JourneyStage}\" operator=\"in\"><value>{Stage(JourneyStage.ActiveClient)}</value><value>{Stage(JourneyStage.BetweenEngagements)}</value></condition>",
        mine ? MineAsPartner : string.Empty,
        QuietFetchFilter.SilentFor(QuietFetchFilter.Days));

    private static string PigeonholedFilter(bool mine) => And(
        Active,
        $"<condition attribute=\"{AccountTable.Columns.CompletedEngagementCount}\" operator=\"ge\" value=\"{ShippedRuleDefaults.PigeonholedMinimumCompletedEngagements.ToString(CultureInfo.InvariantCulture)}\" />",
        Eq(AccountTable.Columns.ServiceLineCount, "1"),
        mine ? MineAsPartner : string.Empty);

    private static string MineAsPartner => $"<condition attribute=\"{AccountTable.Columns.RelationshipPartnerId}\" operator=\"eq-userid\" />";

    private static string SilentFor(int days) => string.Create(
        CultureInfo.InvariantCulture,
        $"<filter type=\"or\"><condition attribute=\"{AccountTable.Columns.LastTouchpointOn}\" operator=\"olderthan-x-days\" value=\"{days}\" /><condition attribute=\"{AccountTable.Columns.LastTouchpointOn}\" operator=\"null\" /></filter>");

    private static string Inv(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    private static string And(params string[] parts) => $"<filter type=\"and\">{string.Concat(parts)}</filter>";

    private static string Eq(string column, string value) => $"<condition attribute=\"{column}\" operator=\"eq\" value=\"{value}\" />";

    private static string NotNull(string column) => $"<condition attribute=\"{column}\" operator=\"not-null\" />";

    private static string Stage(JourneyStage stage) => Choice((int)stage);

    private static string Choice(int index) => (CrmJourney.Plugins.Schema.Choices.OptionValueBase + index).ToString(CultureInfo.InvariantCulture);

}
