using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using CrmJourney.Cli.Rules;
using CrmJourney.Domain.Accounts;
using CrmJourney.Domain.Engagements;
using CrmJourney.Domain.Journey;
using CrmJourney.Domain.Rules;
using CrmJourney.LocalOrg;
using Microsoft.Xrm.Sdk;
using AccountTable = CrmJourney.Plugins.Schema.Account;
using AppointmentTable = CrmJourney.Plugins.Schema.Appointment;
using Choices = CrmJourney.Plugins.Schema.Choices;
using EmailTable = CrmJourney.Plugins.Schema.Email;
using EngagementTable = CrmJourney.Plugins.Schema.Engagement;
using LetterTable = CrmJourney.Plugins.Schema.Letter;
using PhoneCallTable = CrmJourney.Plugins.Schema.PhoneCall;
using ServiceLineTable = CrmJourney.Plugins.Schema.ServiceLine;
using SystemUserTable = CrmJourney.Plugins.Schema.SystemUser;
using TaskTable = CrmJourney.Plugins.Schema.Task;

namespace CrmJourney.Cli.Bench;

/// <summary>
/// The sweep benchmark's data: N accounts across every journey stage, each with its engagements and
/// about ten completed activities (email, phone call, appointment, task, letter) regarding it, the
/// relationship partners, the service-line catalogue and the nurture rules — with every account's
/// denormalized columns consistent with its rows, as the product's plugins would have left them.
/// Deterministic: each account is planned from its own seeded random sequence, so the same options give
/// the same rows in any order of reading, and <see cref="Plan"/> of one account costs no more than that
/// account. <see cref="LoadInto"/> imports the rows straight into storage, without running plugins.
/// </summary>
public sealed class BenchDataset
{
    /// <summary>The service-line catalogue: (code, name).</summary>
    public static readonly IReadOnlyList<(string Code, string Name)> ServiceLines = new[]
    {
        ("AUD", "Audit"), ("TAX", "Tax advisory"), ("PAY", "Payroll"), ("DEA", "Deals advisory"), ("RSK", "Risk consulting"), ("ITA", "IT advisory"),
    };

    /// <summary>statecode Completed, the same value on every activity table.</summary>
    private const int CompletedState = 1;

    private static readonly string[] _activityTables = { EmailTable.LogicalName, PhoneCallTable.LogicalName, AppointmentTable.LogicalName, TaskTable.LogicalName, LetterTable.LogicalName };

    /// <summary>statuscode of a completed activity, per table (email Sent, phone call Made, appointment Completed, task Completed, letter Sent).</summary>
    private static readonly Dictionary<string, int> _completedStatus = new(StringComparer.Ordinal)
    {
        [EmailTable.LogicalName] = 3,
        [PhoneCallTable.LogicalName] = 2,
        [AppointmentTable.LogicalName] = 3,
        [TaskTable.LogicalName] = 5,
        [LetterTable.LogicalName] = 4,
    };

    /// <summary>A dataset of <paramref name="options"/> with the nurture rules of <paramref name="rules"/>.</summary>
    public BenchDataset(BenchDatasetOptions options, NurtureRuleSet rules)
    {
        Options = options ?? throw new ArgumentNullException(nameof(options));
        Rules = rules ?? throw new ArgumentNullException(nameof(rules));
        PartnerCount = Math.Clamp(options.Accounts / 2_500, 4, 40);
    }

    /// <summary>The options it was built with.</summary>
    public BenchDatasetOptions Options { get; }

    /// <summary>The nurture rules (saved as cjp_nurturerule records).</summary>
    public NurtureRuleSet Rules { get; }

    /// <summary>How many relationship partners (systemuser rows): one per 2,500 accounts, 4 to 40.</summary>
    public int PartnerCount { get; }

    /// <summary>The id of partner <paramref name="index"/>.</summary>
    public static Guid PartnerId(int index) => BenchIds.For(BenchRowKind.Partner, index);

    /// <summary>The id of service line <paramref name="index"/>.</summary>
    public static Guid ServiceLineId(int index) => BenchIds.For(BenchRowKind.ServiceLine, index);

    /// <summary>The id of account <paramref name="index"/>.</summary>
    public static Guid AccountId(int index) => BenchIds.For(BenchRowKind.Account, index);

    /// <summary>Every account's plan, in id order.</summary>
    public IEnumerable<BenchAccountPlan> Accounts() => Enumerable.Range(0, Options.Accounts).Select(Plan);

    /// <summary>
    /// The plan of account <paramref name="index"/>. Stages: 30% prospects (60% open, 30% not now with a
    /// revisit date within 60 days either side of the as-of date, 10% no way), 30% active clients, 25%
    /// between engagements, 15% former clients (40% advocates, 15% detractors). The last touchpoint is
    /// under 120 days ago for 55% of accounts, 121–699 days for 30% and 731–1,400 days for 15%, so the
    /// Quiet, Pigeonholed, Advocate check-in, Not-now revisit rules and dormancy each fire on a share.
    /// </summary>
    public BenchAccountPlan Plan(int index)
    {
        var random = new Random(unchecked((Options.Seed * 1_000_003) + index));
        var asOf = Options.AsOf.Date;
        var roll = random.NextDouble();
        var stage = roll < 0.30 ? JourneyStage.Prospect : roll < 0.60 ? JourneyStage.ActiveClient : roll < 0.85 ? JourneyStage.BetweenEngagements : JourneyStage.FormerClient;
        var partner = random.Next(PartnerCount);
        var engagements = stage == JourneyStage.Prospect ? new List<BenchEngagementPlan>() : Engagements(random, stage, asOf);
        var lastEnded = engagements.Where(e => !e.IsActive).Select(e => e.EndedOn).Max();
        var outcome = ProspectOutcome.Open;
        DateTime? revisit = null;
        var sentiment = FormerSentiment.Unknown;
        DateTime enteredOn;
        switch (stage)
        {
            case JourneyStage.Prospect:
                var outcomeRoll = random.NextDouble();
                outcome = outcomeRoll < 0.60 ? ProspectOutcome.Open : outcomeRoll < 0.90 ? ProspectOutcome.NotNow : ProspectOutcome.NoWay;
                revisit = outcome == ProspectOutcome.NotNow ? asOf.AddDays(random.Next(-60, 61)) : null;
                enteredOn = asOf.AddDays(-random.Next(30, 1500));
                break;
            case JourneyStage.ActiveClient:
                enteredOn = engagements.Single(e => e.IsActive).StartedOn;
                break;
            case JourneyStage.BetweenEngagements:
                enteredOn = lastEnded!.Value;
                break;
            default:
                var sentimentRoll = random.NextDouble();
                sentiment = sentimentRoll < 0.40 ? FormerSentiment.Advocate : sentimentRoll < 0.55 ? FormerSentiment.Detractor : FormerSentiment.Unknown;
                enteredOn = lastEnded!.Value.AddDays(random.Next(0, Math.Max(1, (asOf - lastEnded.Value).Days)));
                break;
        }

        return new BenchAccountPlan
        {
            Index = index,
            Stage = stage,
            StageEnteredOn = enteredOn,
            Partner = partner,
            HasRelationshipPartner = random.NextDouble() < 0.9,
            Tier = (ClientTier)random.Next(3),
            ProspectOutcome = outcome,
            RevisitOn = revisit,
            Sentiment = sentiment,
            Engagements = engagements,
            Activities = Activities(random, asOf),
        };
    }

    /// <summary>Every row of the dataset: partners, catalogue, rules, then each account followed by its engagements and activities.</summary>
    public IEnumerable<Entity> Rows()
    {
        for (var p = 0; p < PartnerCount; p++)
        {
            yield return new Entity(SystemUserTable.LogicalName, PartnerId(p))
            {
                [SystemUserTable.Columns.FullName] = PartnerName(p),
                [SystemUserTable.Columns.InternalEmailAddress] = string.Create(CultureInfo.InvariantCulture, $"partner{p}@example.com"),
            };
        }

        for (var s = 0; s < ServiceLines.Count; s++)
        {
            yield return new Entity(ServiceLineTable.LogicalName, ServiceLineId(s))
            {
                [ServiceLineTable.Columns.Code] = ServiceLines[s].Code,
                [ServiceLineTable.Columns.Name] = ServiceLines[s].Name,
            };
        }

        foreach (var rule in Rules.Rules)
        {
            yield return RuleRecords.ToEntity(rule);
        }

        var engagementIndex = 0;
        var activityIndex = 0;
        foreach (var plan in Accounts())
        {
            var accountId = AccountId(plan.Index);
            yield return AccountRow(plan);
            foreach (var engagement in plan.Engagements)
            {
                yield return EngagementRow(accountId, engagement, engagementIndex++);
            }

            foreach (var activity in plan.Activities)
            {
                yield return ActivityRow(plan, accountId, activity, activityIndex++);
            }
        }
    }

    /// <summary>Imports every row into <paramref name="organization"/>'s storage: no plugins run, values are checked, all or nothing.</summary>
    public void LoadInto(LocalOrganization organization)
    {
        ArgumentNullException.ThrowIfNull(organization);
        organization.Import(Rows());
    }

    /// <summary>The full name of partner <paramref name="index"/>.</summary>
    public static string PartnerName(int index) => string.Create(CultureInfo.InvariantCulture, $"Partner {index:D2}");

    private static List<BenchEngagementPlan> Engagements(Random random, JourneyStage stage, DateTime asOf)
    {
        var completed = stage == JourneyStage.ActiveClient ? random.Next(0, 4) : random.Next(1, 5);
        var pigeonholed = random.NextDouble() < 0.5;
        var firstLine = random.Next(ServiceLines.Count);
        var plans = new List<BenchEngagementPlan>();
        var cursor = asOf;
        if (stage == JourneyStage.ActiveClient)
        {
            var started = asOf.AddDays(-random.Next(10, 400));
            plans.Add(new BenchEngagementPlan(random.Next(ServiceLines.Count), random.Next(int.MaxValue), started, null));
            cursor = started.AddDays(-random.Next(30, 200));
        }
        else
        {
            cursor = asOf.AddDays(-random.Next(30, stage == JourneyStage.FormerClient ? 1500 : 1200));
        }

        for (var e = 0; e < completed; e++)
        {
            var ended = cursor;
            var started = ended.AddDays(-random.Next(60, 300));
            plans.Add(new BenchEngagementPlan(pigeonholed ? firstLine : random.Next(ServiceLines.Count), random.Next(int.MaxValue), started, ended));
            cursor = started.AddDays(-random.Next(30, 200));
        }

        plans.Reverse();
        return plans;
    }

    private static List<BenchActivityPlan> Activities(Random random, DateTime asOf)
    {
        var roll = random.NextDouble();
        var daysAgo = roll < 0.55 ? random.Next(1, 120) : roll < 0.85 ? random.Next(121, 700) : random.Next(731, 1400);
        var last = asOf.AddDays(-daysAgo).AddHours(9 + random.Next(8));
        var count = random.Next(5, 16);
        var activities = new List<BenchActivityPlan>(count) { new(_activityTables[random.Next(_activityTables.Length)], last) };
        for (var a = 1; a < count; a++)
        {
            activities.Add(new BenchActivityPlan(_activityTables[random.Next(_activityTables.Length)], last.AddDays(-random.Next(1, 1000)).AddMinutes(-random.Next(600))));
        }

        return activities;
    }

    private Entity AccountRow(BenchAccountPlan plan)
    {
        var owner = new EntityReference(SystemUserTable.LogicalName, PartnerId(plan.Partner));
        var row = new Entity(AccountTable.LogicalName, AccountId(plan.Index))
        {
            [AccountTable.Columns.Name] = string.Create(CultureInfo.InvariantCulture, $"Account {plan.Index:D6}"),
            [AccountTable.Columns.OwnerId] = owner,
            [AccountTable.Columns.JourneyStage] = Choices.ToOptionSetValue(plan.Stage),
            [AccountTable.Columns.StageEnteredOn] = plan.StageEnteredOn,
            [AccountTable.Columns.Tier] = Choices.ToOptionSetValue(plan.Tier),
            [AccountTable.Columns.TouchpointCount] = plan.Activities.Count,
            [AccountTable.Columns.ActiveEngagementCount] = plan.ActiveEngagementCount,
            [AccountTable.Columns.CompletedEngagementCount] = plan.CompletedEngagementCount,
            [AccountTable.Columns.ServiceLineCount] = plan.ServiceLineCount,
        };
        if (plan.HasRelationshipPartner)
        {
            row[AccountTable.Columns.RelationshipPartnerId] = owner;
        }

        if (plan.Stage == JourneyStage.Prospect)
        {
            row[AccountTable.Columns.ProspectOutcome] = Choices.ToOptionSetValue(plan.ProspectOutcome);
        }

        if (plan.RevisitOn is { } revisit)
        {
            row[AccountTable.Columns.RevisitOn] = revisit;
        }

        if (plan.Stage == JourneyStage.FormerClient)
        {
            row[AccountTable.Columns.FormerSentiment] = Choices.ToOptionSetValue(plan.Sentiment);
        }

        if (plan.LastTouchpointOn is { } touched)
        {
            row[AccountTable.Columns.LastTouchpointOn] = touched;
            row[AccountTable.Columns.LastTouchpointChannel] = Choices.ToOptionSetValue(plan.Activities.First(a => a.CompletedOn == touched).Channel);
        }

        if (plan.FirstEngagementOn is { } first)
        {
            row[AccountTable.Columns.FirstEngagementOn] = first;
        }

        if (plan.LastEngagementEndedOn is { } ended)
        {
            row[AccountTable.Columns.LastEngagementEndedOn] = ended;
        }

        return row;
    }

    private Entity EngagementRow(Guid accountId, BenchEngagementPlan engagement, int index)
    {
        var partner = PartnerId(engagement.Partner % PartnerCount);
        var row = new Entity(EngagementTable.LogicalName, BenchIds.For(BenchRowKind.Engagement, index))
        {
            [EngagementTable.Columns.Name] = ServiceLines[engagement.ServiceLine].Name + " " + engagement.StartedOn.ToString("yyyy-MM", CultureInfo.InvariantCulture),
            [EngagementTable.Columns.AccountId] = new EntityReference(AccountTable.LogicalName, accountId),
            [EngagementTable.Columns.ServiceLineId] = new EntityReference(ServiceLineTable.LogicalName, ServiceLineId(engagement.ServiceLine)),
            [EngagementTable.Columns.Status] = Choices.ToOptionSetValue(engagement.IsActive ? EngagementStatus.Active : EngagementStatus.Completed),
            [EngagementTable.Columns.StartedOn] = engagement.StartedOn,
            [EngagementTable.Columns.EngagementPartnerId] = new EntityReference(SystemUserTable.LogicalName, partner),
            [EngagementTable.Columns.OwnerId] = new EntityReference(SystemUserTable.LogicalName, partner),
        };
        if (engagement.EndedOn is { } ended)
        {
            row[EngagementTable.Columns.EndedOn] = ended;
        }

        return row;
    }

    private Entity ActivityRow(BenchAccountPlan plan, Guid accountId, BenchActivityPlan activity, int index) =>
        new(activity.Table, BenchIds.For(BenchRowKind.Activity, index))
        {
            [ActivityColumns.Subject] = activity.Table + " with " + string.Create(CultureInfo.InvariantCulture, $"account {plan.Index:D6}"),
            [ActivityColumns.RegardingObjectId] = new EntityReference(AccountTable.LogicalName, accountId),
            [ActivityColumns.ActualEnd] = activity.CompletedOn,
            [ActivityColumns.OwnerId] = new EntityReference(SystemUserTable.LogicalName, PartnerId(plan.Partner)),
            [ActivityColumns.StateCode] = new OptionSetValue(CompletedState),
            [ActivityColumns.StatusCode] = new OptionSetValue(_completedStatus[activity.Table]),
            [ActivityColumns.CreatedOn] = activity.CompletedOn,
            [ActivityColumns.ModifiedOn] = activity.CompletedOn,
        };
}
