using System;
using System.Collections.Generic;
using System.Linq;
using System.Security.Cryptography;
using System.Text;
using CrmJourney.Domain.Accounts;
using CrmJourney.Domain.Journey;
using CrmJourney.Domain.Rules;
using CrmJourney.Domain.Time;
using CrmJourney.Domain.Touchpoints;
using CrmJourney.LocalOrg;
using CrmJourney.Plugins.Schema;
using CrmJourney.Plugins.Sweep;
using Microsoft.Xrm.Sdk;
using Engagement = CrmJourney.Plugins.Schema.Engagement;
using EngagementStatus = CrmJourney.Domain.Engagements.EngagementStatus;
using NurtureRule = CrmJourney.Plugins.Schema.NurtureRule;
using ServiceLine = CrmJourney.Plugins.Schema.ServiceLine;

namespace CrmJourney.Plugins.Tests.Sweep;

/// <summary>
/// Builds the sweep's test data with fixed ids (derived from names, so two worlds built alike hold the
/// same rows): users, the service-line catalogue, rules and accounts, seeded straight into an
/// <see cref="SweepOrganization"/>. Dates are UTC; the default as-of is 2026-11-20 06:00.
/// </summary>
public sealed class SweepWorld
{
    public static readonly DateTime AsOf = new(2026, 11, 20, 6, 0, 0, DateTimeKind.Utc);

    /// <param name="withProductSteps">Register every product plugin step too (see <see cref="SweepOrganization"/>).</param>
    /// <param name="configure">Adds to the organization before it is built (an extra plug-in step, roles).</param>
    public SweepWorld(bool withProductSteps = false, Action<LocalOrganizationBuilder>? configure = null)
    {
        Org = new SweepOrganization(withProductSteps, configure);
        Org.Seed(new[]
        {
            User(Alice, "Alice Martin"), User(Bob, "Bob Chen"), User(Olivia, "Olivia Owner"),
            Line(Tax, "TAX", "Tax advisory"), Line(Audit, "AUD", "Audit"), Line(Deals, "TRS", "Transaction services"),
        });
    }

    public static Guid Alice { get; } = Id("user:alice");

    public static Guid Bob { get; } = Id("user:bob");

    public static Guid Olivia { get; } = Id("user:olivia");

    public static Guid Tax { get; } = Id("line:tax");

    public static Guid Audit { get; } = Id("line:audit");

    public static Guid Deals { get; } = Id("line:deals");

    public SweepOrganization Org { get; }

    /// <summary>The default options without activity parties, which LocalOrg's email table does not keep.</summary>
    public static NurtureSweepOptions LocalOptions { get; } = NurtureSweepOptions.Default with { WriteActivityParties = false };

    /// <summary>A stable id for a name.</summary>
    public static Guid Id(string name)
    {
        using var md5 = MD5.Create();
        return new Guid(md5.ComputeHash(Encoding.UTF8.GetBytes(name)));
    }

    public static DateTime Day(int year, int month, int day) => new(year, month, day, 0, 0, 0, DateTimeKind.Utc);

    public NurtureSweepResult Sweep(NurtureSweepOptions? options = null, string? token = null, ISweepStopwatch? stopwatch = null, IOrganizationService? service = null) =>
        new NurtureSweep(service ?? Org, new FixedClock(AsOf), _ => { }, options ?? LocalOptions, stopwatch).Run(token);

    public IReadOnlyList<Entity> Tasks => Org.Rows(Task.LogicalName);

    public IReadOnlyList<Entity> Logs => Org.Rows(NurtureLog.LogicalName);

    public IReadOnlyList<Entity> Emails => Org.Rows(Email.LogicalName);

    public Entity TaskRegarding(Guid accountId) =>
        Assert.Single(Tasks, t => t.GetAttributeValue<EntityReference>(Task.Columns.RegardingObjectId)!.Id == accountId);

    public Entity AccountRow(Guid accountId) => Org.Rows(Account.LogicalName).Single(a => a.Id == accountId);

    // ---- rules ------------------------------------------------------------------------------------

    public Guid QuietRule(string name = "Quiet clients", int threshold = 120, int cooldown = 30) =>
        Rule(name, NurtureRuleType.Quiet, r =>
        {
            r[NurtureRule.Columns.Stages] = Choices.ToOptionSetValueCollection(new[] { JourneyStage.BetweenEngagements });
            r[NurtureRule.Columns.ThresholdDays] = threshold;
            r[NurtureRule.Columns.CooldownDays] = cooldown;
            r[NurtureRule.Columns.AssigneeType] = Choices.ToOptionSetValue(AssigneeType.RelationshipPartner);
            r[NurtureRule.Columns.TaskSubject] = "Check in with {account.name}";
            r[NurtureRule.Columns.TaskDescription] = "{reason} (due {due.date})";
            r[NurtureRule.Columns.DueInDays] = 7;
            r[NurtureRule.Columns.Priority] = Choices.ToOptionSetValue(TaskPriority.High);
        });

    public Guid PigeonholedRule() =>
        Rule("Pigeonholed", NurtureRuleType.Pigeonholed, r =>
        {
            r[NurtureRule.Columns.Stages] = Choices.ToOptionSetValueCollection(new[] { JourneyStage.ActiveClient, JourneyStage.BetweenEngagements });
            r[NurtureRule.Columns.MinimumCompletedEngagements] = 3;
            r[NurtureRule.Columns.CooldownDays] = 90;
            r[NurtureRule.Columns.AssigneeType] = Choices.ToOptionSetValue(AssigneeType.EngagementPartner);
            r[NurtureRule.Columns.TaskSubject] = "Introduce more services to {account.name}";
            r[NurtureRule.Columns.TaskDescription] = "{servicelines.used} only; offer {servicelines.other}";
            r[NurtureRule.Columns.DueInDays] = 14;
            r[NurtureRule.Columns.Priority] = Choices.ToOptionSetValue(TaskPriority.Normal);
        });

    public Guid AdvocateRule() =>
        Rule("Advocate check-in", NurtureRuleType.AdvocateCheckIn, r =>
        {
            r[NurtureRule.Columns.ThresholdDays] = 180;
            r[NurtureRule.Columns.CooldownDays] = 60;
            r[NurtureRule.Columns.AssigneeType] = Choices.ToOptionSetValue(AssigneeType.RelationshipPartner);
            r[NurtureRule.Columns.TaskSubject] = "Catch up with {account.name}";
            r[NurtureRule.Columns.TaskDescription] = "{reason}";
            r[NurtureRule.Columns.DueInDays] = 10;
            r[NurtureRule.Columns.Priority] = Choices.ToOptionSetValue(TaskPriority.Low);
        });

    public Guid NotNowRule() =>
        Rule("Not-now revisit", NurtureRuleType.NotNowRevisit, r =>
        {
            r[NurtureRule.Columns.AssigneeType] = Choices.ToOptionSetValue(AssigneeType.AccountOwner);
            r[NurtureRule.Columns.TaskSubject] = "Revisit {account.name}";
            r[NurtureRule.Columns.TaskDescription] = "Revisit planned for {revisit.date}";
            r[NurtureRule.Columns.Priority] = Choices.ToOptionSetValue(TaskPriority.Normal);
        });

    public Guid DigestRule(bool sendEmail) =>
        Rule("Partner digest", NurtureRuleType.PartnerDigest, r =>
        {
            r[NurtureRule.Columns.AssigneeType] = Choices.ToOptionSetValue(AssigneeType.RelationshipPartner);
            r[NurtureRule.Columns.TaskSubject] = "Accounts needing attention for {partner.name}";
            r[NurtureRule.Columns.TaskDescription] = "{accounts.count} accounts flagged by {rule.name}";
            r[NurtureRule.Columns.SendEmail] = sendEmail;
        });

    public Guid Rule(string name, NurtureRuleType type, Action<Entity> configure)
    {
        var rule = new Entity(NurtureRule.LogicalName, Id("rule:" + name));
        rule[NurtureRule.Columns.Name] = name;
        rule[NurtureRule.Columns.RuleType] = Choices.ToOptionSetValue(type);
        rule[NurtureRule.Columns.StateCode] = new OptionSetValue(0);
        configure(rule);
        Org.Seed(new[] { rule });
        return rule.Id;
    }

    /// <summary>All five sweep rule types at once.</summary>
    public void AllRules(bool sendDigest = true)
    {
        QuietRule();
        PigeonholedRule();
        AdvocateRule();
        NotNowRule();
        DigestRule(sendDigest);
    }

    // ---- accounts ---------------------------------------------------------------------------------

    /// <summary>Between engagements, Tier 1, silent since a meeting on 2026-07-03 (140 days), bought Tax and Audit.</summary>
    public Guid QuietLtd(string name = "Quiet Ltd") => AddAccount(name, JourneyStage.BetweenEngagements, a =>
    {
        a[Account.Columns.Tier] = Choices.ToOptionSetValue(ClientTier.Tier1);
        a[Account.Columns.LastTouchpointOn] = Day(2026, 7, 3);
        a[Account.Columns.LastTouchpointChannel] = Choices.ToOptionSetValue(TouchpointChannel.Meeting);
        a[Account.Columns.LastEngagementEndedOn] = Day(2026, 3, 1);
        a[Account.Columns.RelationshipPartnerId] = new EntityReference(SystemUser.LogicalName, Alice);
    }, completed: new[] { (Tax, Bob, Day(2025, 6, 1)), (Audit, Bob, Day(2026, 3, 1)) });

    /// <summary>Between engagements, four completed Tax advisory engagements (latest with Bob), touched 50 days ago.</summary>
    public Guid PigeonPlc() => AddAccount("Pigeon plc", JourneyStage.BetweenEngagements, a =>
    {
        a[Account.Columns.LastTouchpointOn] = Day(2026, 10, 1);
        a[Account.Columns.LastTouchpointChannel] = Choices.ToOptionSetValue(TouchpointChannel.Email);
        a[Account.Columns.LastEngagementEndedOn] = Day(2026, 9, 1);
        a[Account.Columns.RelationshipPartnerId] = new EntityReference(SystemUser.LogicalName, Alice);
    }, completed: new[] { (Tax, Alice, Day(2023, 1, 1)), (Tax, Alice, Day(2024, 1, 1)), (Tax, Alice, Day(2025, 1, 1)), (Tax, Bob, Day(2026, 9, 1)) });

    /// <summary>A former-client advocate last emailed on 2026-04-01 (233 days).</summary>
    public Guid AdvocateSa() => AddAccount("Advocate SA", JourneyStage.FormerClient, a =>
    {
        a[Account.Columns.FormerSentiment] = Choices.ToOptionSetValue(FormerSentiment.Advocate);
        a[Account.Columns.LastTouchpointOn] = Day(2026, 4, 1);
        a[Account.Columns.LastTouchpointChannel] = Choices.ToOptionSetValue(TouchpointChannel.Email);
        a[Account.Columns.RelationshipPartnerId] = new EntityReference(SystemUser.LogicalName, Alice);
    });

    /// <summary>A "not now" prospect due for a revisit on 2026-11-15, with no relationship partner.</summary>
    public Guid LaterGmbh() => AddAccount("Later GmbH", JourneyStage.Prospect, a =>
    {
        a[Account.Columns.ProspectOutcome] = Choices.ToOptionSetValue(ProspectOutcome.NotNow);
        a[Account.Columns.RevisitOn] = Day(2026, 11, 15);
    });

    /// <summary>A former-client detractor silent since 2026-01-01.</summary>
    public Guid GrumpyInc() => AddAccount("Grumpy Inc", JourneyStage.FormerClient, a =>
    {
        a[Account.Columns.FormerSentiment] = Choices.ToOptionSetValue(FormerSentiment.Detractor);
        a[Account.Columns.LastTouchpointOn] = Day(2026, 1, 1);
        a[Account.Columns.RelationshipPartnerId] = new EntityReference(SystemUser.LogicalName, Alice);
    });

    /// <summary>Between engagements since its last engagement ended on 2024-10-01, silent since: 780 quiet days.</summary>
    public Guid SleepyAg(string name = "Sleepy AG") => AddAccount(name, JourneyStage.BetweenEngagements, a =>
    {
        a[Account.Columns.StageEnteredOn] = Day(2024, 10, 1);
        a[Account.Columns.LastEngagementEndedOn] = Day(2024, 10, 1);
        a[Account.Columns.LastTouchpointOn] = Day(2024, 9, 1);
        a[Account.Columns.LastTouchpointChannel] = Choices.ToOptionSetValue(TouchpointChannel.PhoneCall);
    }, completed: new[] { (Audit, Bob, Day(2024, 10, 1)) });

    public Guid AddAccount(string name, JourneyStage stage, Action<Entity>? configure = null, IEnumerable<(Guid Line, Guid Partner, DateTime EndedOn)>? completed = null)
    {
        var account = NewAccount(Id("account:" + name), name, stage);
        configure?.Invoke(account);
        var engagements = (completed ?? Array.Empty<(Guid, Guid, DateTime)>()).Select((e, i) => NewEngagement(account.Id, i, e.Line, e.Partner, e.EndedOn)).ToList();
        account[Account.Columns.CompletedEngagementCount] = engagements.Count;
        Org.Seed(new[] { account }.Concat(engagements));
        return account.Id;
    }

    public static Entity NewAccount(Guid id, string name, JourneyStage stage)
    {
        var account = new Entity(Account.LogicalName, id);
        account[Account.Columns.Name] = name;
        account[Account.Columns.StateCode] = new OptionSetValue(0);
        account[Account.Columns.OwnerId] = new EntityReference(SystemUser.LogicalName, Olivia) { Name = "Olivia Owner" };
        account[Account.Columns.JourneyStage] = Choices.ToOptionSetValue(stage);
        account[Account.Columns.ActiveEngagementCount] = 0;
        return account;
    }

    public static Entity NewEngagement(Guid accountId, int index, Guid line, Guid partner, DateTime endedOn)
    {
        var engagement = new Entity(Engagement.LogicalName, Id($"engagement:{accountId}:{index}"));
        engagement[Engagement.Columns.AccountId] = new EntityReference(Account.LogicalName, accountId);
        engagement[Engagement.Columns.ServiceLineId] = new EntityReference(ServiceLine.LogicalName, line);
        engagement[Engagement.Columns.EngagementPartnerId] = new EntityReference(SystemUser.LogicalName, partner);
        engagement[Engagement.Columns.Status] = Choices.ToOptionSetValue(EngagementStatus.Completed);
        engagement[Engagement.Columns.EndedOn] = endedOn;
        return engagement;
    }

    /// <summary>A log row of an earlier firing (the key the sweep would have written), with its task open or done.</summary>
    public void PriorFiring(Guid ruleId, Guid accountId, DateTime firedOn, bool taskOpen)
    {
        var task = new Entity(Task.LogicalName, Id($"task:{ruleId}:{accountId}:{firedOn:o}"));
        task[Task.Columns.Subject] = "Earlier nurture task";
        task[Task.Columns.RegardingObjectId] = new EntityReference(Account.LogicalName, accountId);
        task[Task.Columns.NurtureRuleId] = new EntityReference(NurtureRule.LogicalName, ruleId);
        task[Task.Columns.StateCode] = new OptionSetValue(taskOpen ? 0 : 1);
        var log = new Entity(NurtureLog.LogicalName, Id($"log:{ruleId}:{accountId}:{firedOn:o}"));
        log[NurtureLog.Columns.NurtureRuleId] = new EntityReference(NurtureRule.LogicalName, ruleId);
        log[NurtureLog.Columns.AccountId] = new EntityReference(Account.LogicalName, accountId);
        log[NurtureLog.Columns.Window] = NurtureDedupeKey.DateWindow(firedOn);
        log[NurtureLog.Columns.DedupeKey] = new NurtureDedupeKey(ruleId, accountId, NurtureDedupeKey.DateWindow(firedOn)).ToString();
        log[NurtureLog.Columns.FiredOn] = firedOn;
        log[NurtureLog.Columns.TaskId] = task.ToEntityReference();
        Org.Seed(new[] { task, log });
    }

    private static Entity User(Guid id, string fullName)
    {
        var user = new Entity(SystemUser.LogicalName, id);
        user[SystemUser.Columns.FullName] = fullName;
        return user;
    }

    private static Entity Line(Guid id, string code, string name)
    {
        var line = new Entity(ServiceLine.LogicalName, id);
        line[ServiceLine.Columns.Code] = code;
        line[ServiceLine.Columns.Name] = name;
        line[ServiceLine.Columns.StateCode] = new OptionSetValue(0);
        return line;
    }
}
