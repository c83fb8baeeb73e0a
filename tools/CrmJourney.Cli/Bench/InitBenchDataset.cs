using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using CrmJourney.LocalOrg;
using CrmJourney.LocalOrg.Metadata;
using Microsoft.Xrm.Sdk;
using AccountTable = CrmJourney.Plugins.Schema.Account;
using ActivityPartyTable = CrmJourney.Plugins.Schema.ActivityParty;
using AppointmentTable = CrmJourney.Plugins.Schema.Appointment;
using ContactTable = CrmJourney.Plugins.Schema.Contact;
using EmailTable = CrmJourney.Plugins.Schema.Email;
using LeadTable = CrmJourney.Plugins.Schema.Lead;
using LetterTable = CrmJourney.Plugins.Schema.Letter;
using OpportunityTable = CrmJourney.Plugins.Schema.Opportunity;
using PhoneCallTable = CrmJourney.Plugins.Schema.PhoneCall;
using ServiceLineTable = CrmJourney.Plugins.Schema.ServiceLine;
using SystemUserTable = CrmJourney.Plugins.Schema.SystemUser;
using TaskTable = CrmJourney.Plugins.Schema.Task;

namespace CrmJourney.Cli.Bench;

/// <summary>
/// The initialization benchmark's data: an organization exactly as it looks right after the solution is imported
/// into years of history — N active accounts with no cjp_ journey column, 2–4 contacts each, won, lost and open
/// opportunities (won ones carry actualclosedate, actualvalue and cjp_servicelineid), about ten completed activities
/// each across email, phone call, appointment, task and letter, and leads other accounts referred
/// (cjp_referredbyaccountid), plus the partners and the service-line catalogue. The activities reach their account
/// in each way a real organization records contact (<see cref="InitActivityLink"/>): regarding the account, one of
/// its contacts or opportunities, or a tracked email with no regarding whose To party is a contact.
/// Deterministic like <see cref="BenchDataset"/>: each account is planned from its own seeded sequence, row ids come
/// from <see cref="BenchIds"/>, and <see cref="LoadInto"/> imports the rows without running plugins.
/// </summary>
public sealed class InitBenchDataset
{
    /// <summary>Row-id slots per account: contacts (at most 4), opportunities (at most 6) and activities (at most 15).</summary>
    private const int ContactSlots = 4;
    private const int OpportunitySlots = 8;
    private const int ActivitySlots = 16;

    /// <summary>statecode Completed, the same value on every activity table.</summary>
    private const int CompletedState = 1;

    /// <summary>opportunity.estimatedclosedate (the product itself never reads it).</summary>
    private const string OpportunityEstimatedCloseDate = "estimatedclosedate";

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

    /// <summary>One subject per table, shared by every row so a million activities do not hold a million strings.</summary>
    private static readonly Dictionary<string, string> _subjects = new(StringComparer.Ordinal)
    {
        [EmailTable.LogicalName] = "Follow-up",
        [PhoneCallTable.LogicalName] = "Catch-up call",
        [AppointmentTable.LogicalName] = "Meeting",
        [TaskTable.LogicalName] = "Prepare documents",
        [LetterTable.LogicalName] = "Engagement letter",
    };

    /// <summary>A dataset of <paramref name="options"/> (accounts, seed, as-of date).</summary>
    public InitBenchDataset(BenchDatasetOptions options)
    {
        Options = options ?? throw new ArgumentNullException(nameof(options));
        PartnerCount = Math.Clamp(options.Accounts / 2_500, 4, 40);
    }

    /// <summary>The options it was built with.</summary>
    public BenchDatasetOptions Options { get; }

    /// <summary>How many partners (systemuser rows, the owners): one per 2,500 accounts, 4 to 40.</summary>
    public int PartnerCount { get; }

    /// <summary>The id of contact <paramref name="contact"/> of account <paramref name="account"/>.</summary>
    public static Guid ContactId(int account, int contact) => BenchIds.For(BenchRowKind.Contact, (account * ContactSlots) + contact);

    /// <summary>The id of opportunity <paramref name="opportunity"/> of account <paramref name="account"/>.</summary>
    public static Guid OpportunityId(int account, int opportunity) => BenchIds.For(BenchRowKind.Opportunity, (account * OpportunitySlots) + opportunity);

    /// <summary>The id of activity <paramref name="activity"/> of account <paramref name="account"/>.</summary>
    public static Guid ActivityId(int account, int activity) => BenchIds.For(BenchRowKind.Activity, (account * ActivitySlots) + activity);

    /// <summary>The id of the lead account <paramref name="account"/> referred.</summary>
    public static Guid LeadId(int account) => BenchIds.For(BenchRowKind.Lead, account);

    /// <summary>Every account's plan, in id order.</summary>
    public IEnumerable<InitAccountPlan> Accounts() => Enumerable.Range(0, Options.Accounts).Select(Plan);

    /// <summary>
    /// The plan of account <paramref name="index"/>. 30% never won anything (prospects: 0–2 lost and 0–1 open
    /// opportunities); the others won 1–3, the latest under 170 days before the as-of date for 35% of them (an
    /// engagement still running under the default 180-day length), 200–900 days for 40% and 1,000–2,500 days for
    /// 25%; those long-ago clients were last in touch 731–1,400 days ago 70% of the time (dormant: former clients).
    /// Everyone else's last activity is under 120 days ago for 55%, 121–699 days for 30%, 731–1,400 days for 15%.
    /// 5–15 activities each: 35% regarding the account, 20% a contact, 20% an opportunity (the account when it has
    /// none), 25% emails to a contact with no regarding. One account in ten referred a lead.
    /// </summary>
    public InitAccountPlan Plan(int index)
    {
        var random = new Random(unchecked((Options.Seed * 1_000_003) + index));
        var asOf = Options.AsOf.Date;
        var partner = random.Next(PartnerCount);
        var contacts = random.Next(2, 5);
        var opportunities = new List<InitOpportunityPlan>();
        var longAgo = false;
        if (random.NextDouble() >= 0.30)
        {
            var latestRoll = random.NextDouble();
            longAgo = latestRoll >= 0.75;
            var won = asOf.AddDays(-(latestRoll < 0.35 ? random.Next(1, 170) : latestRoll < 0.75 ? random.Next(200, 900) : random.Next(1_000, 2_500)));
            var wins = random.Next(1, 4);
            for (var w = 0; w < wins; w++)
            {
                opportunities.Add(new InitOpportunityPlan(InitOpportunityState.Won, 3, won, 1_000m * random.Next(5, 500), random.Next(BenchDataset.ServiceLines.Count)));
                won = won.AddDays(-random.Next(200, 700));
            }
        }

        var lost = random.Next(0, 3);
        for (var l = 0; l < lost; l++)
        {
            opportunities.Add(new InitOpportunityPlan(InitOpportunityState.Lost, random.NextDouble() < 0.5 ? 4 : 5, asOf.AddDays(-random.Next(1, 1_500)), 1_000m * random.Next(5, 300), 0));
        }

        if (random.NextDouble() < 0.5)
        {
            opportunities.Add(new InitOpportunityPlan(InitOpportunityState.Open, 1, asOf.AddDays(random.Next(10, 200)), 1_000m * random.Next(5, 300), 0));
        }

        var activities = Activities(random, asOf, longAgo && random.NextDouble() < 0.70, contacts, opportunities.Count);
        DateTime? referredLeadOn = random.NextDouble() < 0.10 ? asOf.AddDays(-random.Next(1, 700)).AddHours(10) : null;
        var earliest = opportunities.Select(o => o.ClosedOn).Concat(activities.Select(a => a.CompletedOn)).Append(referredLeadOn ?? asOf).Append(asOf).Min();
        return new InitAccountPlan
        {
            Index = index,
            CreatedOn = earliest.Date.AddDays(-random.Next(30, 400)).AddHours(8),
            Partner = partner,
            ContactCount = contacts,
            Opportunities = opportunities,
            Activities = activities,
            ReferredLeadOn = referredLeadOn,
        };
    }

    /// <summary>Every row: partners, catalogue, then each account followed by its contacts, opportunities, referred lead and activities.</summary>
    public IEnumerable<Entity> Rows()
    {
        for (var p = 0; p < PartnerCount; p++)
        {
            yield return new Entity(SystemUserTable.LogicalName, BenchDataset.PartnerId(p))
            {
                [SystemUserTable.Columns.FullName] = BenchDataset.PartnerName(p),
                [SystemUserTable.Columns.InternalEmailAddress] = string.Create(CultureInfo.InvariantCulture, $"partner{p}@example.com"),
            };
        }

        for (var s = 0; s < BenchDataset.ServiceLines.Count; s++)
        {
            yield return new Entity(ServiceLineTable.LogicalName, BenchDataset.ServiceLineId(s))
            {
                [ServiceLineTable.Columns.Code] = BenchDataset.ServiceLines[s].Code,
                [ServiceLineTable.Columns.Name] = BenchDataset.ServiceLines[s].Name,
            };
        }

        foreach (var plan in Accounts())
        {
            foreach (var row in RowsOf(plan))
            {
                yield return row;
            }
        }
    }

    /// <summary>Imports every row into <paramref name="organization"/>'s storage: no plugins run, values are checked, all or nothing.</summary>
    public void LoadInto(LocalOrganization organization)
    {
        ArgumentNullException.ThrowIfNull(organization);
        organization.Import(Rows());
    }

    private static List<InitActivityPlan> Activities(Random random, DateTime asOf, bool dormant, int contacts, int opportunities)
    {
        var roll = random.NextDouble();
        var daysAgo = dormant || roll >= 0.85 ? random.Next(731, 1_400) : roll < 0.55 ? random.Next(1, 120) : random.Next(121, 700);
        var last = asOf.AddDays(-daysAgo).AddHours(9 + random.Next(8));
        var count = random.Next(5, 16);
        var activities = new List<InitActivityPlan>(count);
        for (var a = 0; a < count; a++)
        {
            var on = a == 0 ? last : last.AddDays(-random.Next(1, 1_000)).AddMinutes(-random.Next(600));
            var linkRoll = random.NextDouble();
            var link = linkRoll < 0.35 ? InitActivityLink.RegardingAccount
                : linkRoll < 0.55 ? InitActivityLink.RegardingContact
                : linkRoll < 0.75 ? (opportunities > 0 ? InitActivityLink.RegardingOpportunity : InitActivityLink.RegardingAccount)
                : InitActivityLink.EmailToContact;
            var table = link == InitActivityLink.EmailToContact ? EmailTable.LogicalName : _activityTables[random.Next(_activityTables.Length)];
            var target = link switch
            {
                InitActivityLink.RegardingContact or InitActivityLink.EmailToContact => random.Next(contacts),
                InitActivityLink.RegardingOpportunity => random.Next(opportunities),
                _ => 0,
            };
            activities.Add(new InitActivityPlan(table, on, link, target));
        }

        return activities;
    }

    private IEnumerable<Entity> RowsOf(InitAccountPlan plan)
    {
        var accountId = BenchDataset.AccountId(plan.Index);
        var account = new EntityReference(AccountTable.LogicalName, accountId);
        var owner = new EntityReference(SystemUserTable.LogicalName, BenchDataset.PartnerId(plan.Partner));
        yield return new Entity(AccountTable.LogicalName, accountId)
        {
            [AccountTable.Columns.Name] = string.Create(CultureInfo.InvariantCulture, $"Account {plan.Index:D6}"),
            [AccountTable.Columns.OwnerId] = owner,
            [AccountTable.Columns.StateCode] = new OptionSetValue(0),
            [AccountTable.Columns.CreatedOn] = plan.CreatedOn,
            [SystemColumns.ModifiedOn] = plan.CreatedOn,
        };

        for (var c = 0; c < plan.ContactCount; c++)
        {
            yield return new Entity(ContactTable.LogicalName, ContactId(plan.Index, c))
            {
                [ContactTable.Columns.FullName] = string.Create(CultureInfo.InvariantCulture, $"Contact {plan.Index:D6}-{c}"),
                [ContactTable.Columns.ParentCustomerId] = account,
                [ContactTable.Columns.OwnerId] = owner,
            };
        }

        for (var o = 0; o < plan.Opportunities.Count; o++)
        {
            yield return OpportunityRow(plan, o, account, owner);
        }

        if (plan.ReferredLeadOn is { } referredOn)
        {
            yield return new Entity(LeadTable.LogicalName, LeadId(plan.Index))
            {
                [LeadTable.Columns.Subject] = string.Create(CultureInfo.InvariantCulture, $"Referred by account {plan.Index:D6}"),
                [LeadTable.Columns.FullName] = string.Create(CultureInfo.InvariantCulture, $"Lead {plan.Index:D6}"),
                [LeadTable.Columns.ReferredByAccountId] = account,
                [LeadTable.Columns.StateCode] = new OptionSetValue(0),
                [SystemColumns.StatusCode] = new OptionSetValue(1),
                [SystemColumns.OwnerId] = owner,
                [SystemColumns.CreatedOn] = referredOn,
                [SystemColumns.ModifiedOn] = referredOn,
            };
        }

        for (var a = 0; a < plan.Activities.Count; a++)
        {
            yield return ActivityRow(plan, a, account, owner);
        }
    }

    private static Entity OpportunityRow(InitAccountPlan plan, int index, EntityReference account, EntityReference owner)
    {
        var opportunity = plan.Opportunities[index];
        var row = new Entity(OpportunityTable.LogicalName, OpportunityId(plan.Index, index))
        {
            [OpportunityTable.Columns.Name] = string.Create(CultureInfo.InvariantCulture, $"Deal {plan.Index:D6}-{index}"),
            [OpportunityTable.Columns.CustomerId] = account,
            [OpportunityTable.Columns.ParentAccountId] = account,
            [OpportunityTable.Columns.StateCode] = new OptionSetValue((int)opportunity.State),
            [OpportunityTable.Columns.StatusCode] = new OptionSetValue(opportunity.StatusReason),
            [OpportunityTable.Columns.EstimatedValue] = new Money(opportunity.Value),
            [SystemColumns.OwnerId] = owner,
        };
        if (opportunity.State == InitOpportunityState.Open)
        {
            row[OpportunityEstimatedCloseDate] = opportunity.ClosedOn;
            return row;
        }

        row[OpportunityTable.Columns.ActualCloseDate] = opportunity.ClosedOn;
        if (opportunity.State == InitOpportunityState.Won)
        {
            row[OpportunityTable.Columns.ActualValue] = new Money(opportunity.Value);
            row[OpportunityTable.Columns.ServiceLineId] = new EntityReference(ServiceLineTable.LogicalName, BenchDataset.ServiceLineId(opportunity.ServiceLine));
        }

        return row;
    }

    private static Entity ActivityRow(InitAccountPlan plan, int index, EntityReference account, EntityReference owner)
    {
        var activity = plan.Activities[index];
        var row = new Entity(activity.Table, ActivityId(plan.Index, index))
        {
            [ActivityColumns.Subject] = _subjects[activity.Table],
            [ActivityColumns.ActualEnd] = activity.CompletedOn,
            [ActivityColumns.OwnerId] = owner,
            [ActivityColumns.StateCode] = new OptionSetValue(CompletedState),
            [ActivityColumns.StatusCode] = new OptionSetValue(_completedStatus[activity.Table]),
            [ActivityColumns.CreatedOn] = activity.CompletedOn,
            [ActivityColumns.ModifiedOn] = activity.CompletedOn,
        };
        switch (activity.Link)
        {
            case InitActivityLink.RegardingAccount:
                row[ActivityColumns.RegardingObjectId] = account;
                break;
            case InitActivityLink.RegardingContact:
                row[ActivityColumns.RegardingObjectId] = new EntityReference(ContactTable.LogicalName, ContactId(plan.Index, activity.Target));
                break;
            case InitActivityLink.RegardingOpportunity:
                row[ActivityColumns.RegardingObjectId] = new EntityReference(OpportunityTable.LogicalName, OpportunityId(plan.Index, activity.Target));
                break;
            default:
                var to = new Entity(ActivityPartyTable.LogicalName) { [ActivityPartyTable.Columns.PartyId] = new EntityReference(ContactTable.LogicalName, ContactId(plan.Index, activity.Target)) };
                row[EmailTable.Columns.To] = new EntityCollection(new List<Entity> { to });
                break;
        }

        return row;
    }
}
