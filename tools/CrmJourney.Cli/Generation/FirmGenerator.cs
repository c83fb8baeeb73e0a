using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using CrmJourney.Domain.Accounts;
using CrmJourney.Domain.Journey;
using CrmJourney.Domain.Referrals;
using CrmJourney.Plugins.Schema;
using Microsoft.Xrm.Sdk;
using TaskTable = CrmJourney.Plugins.Schema.Task;

namespace CrmJourney.Cli.Generation;

/// <summary>
/// Generates a professional-services firm and its history from a seed: partners, six service lines,
/// accounts in three tiers with contacts, and for each account a life in the journey — touchpoints
/// before the first purchase, opportunities won and lost ("not now" or "no way"), engagements of
/// several lengths, gaps between them with sparser touchpoints, clients who drift away (marked former,
/// advocates) and a few bad experiences (detractors), and referrals from earlier clients, former-client
/// advocates above all. Only what a user would do is generated; everything the product derives
/// (stages, counters, transitions, referral rows, engagements from wins) is left to the plugins.
/// </summary>
/// <remarks>
/// Deterministic: one <see cref="Random"/> seeded with the options' seed, consumed in a fixed order, and
/// ids from <see cref="SeededIds"/>. Events after the history's end are dropped; events are ordered by
/// time, ties in generation order.
/// </remarks>
public sealed class FirmGenerator
{
    /// <summary>Share of accounts that exist when the history starts (the rest arrive over time).</summary>
    private const double ExistingShare = 0.6;

    /// <summary>Share of later accounts that come through a referral.</summary>
    private const double ReferredShare = 0.45;

    /// <summary>Prefix of an appointment's subject that marks it as an event the client attended.</summary>
    public const string EventSubjectPrefix = "Event: ";

    private readonly GeneratorOptions _options;
    private readonly Random _random;
    private readonly SeededIds _ids;
    private readonly List<HistoryEvent> _events = new();
    private readonly List<Guid> _partners = new();
    private readonly List<Guid> _serviceLines = new();
    private readonly List<Referrer> _referrers = new();

    private FirmGenerator(GeneratorOptions options)
    {
        _options = options;
        _random = new Random(options.Seed);
        _ids = new SeededIds(unchecked(options.Seed * 31 + 7));
    }

    /// <summary>Generates the firm of <paramref name="options"/>.</summary>
    public static FirmHistory Generate(GeneratorOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var problem = options.Problem();
        if (problem != null)
        {
            throw new ArgumentException(problem, nameof(options));
        }

        return new FirmGenerator(options).Run();
    }

    private DateTime Start => _options.HistoryStart;

    private DateTime End => GeneratorOptions.HistoryEnd;

    private FirmHistory Run()
    {
        var setup = new List<Entity>();
        foreach (var name in FirmCatalog.Partners)
        {
            var id = _ids.Next();
            _partners.Add(id);
            setup.Add(new Entity(SystemUser.LogicalName, id)
            {
                [SystemUser.Columns.FullName] = name,
                [SystemUser.Columns.InternalEmailAddress] = name.ToLowerInvariant().Replace(' ', '.') + "@firm.example",
            });
        }

        foreach (var (code, name, description) in FirmCatalog.ServiceLines)
        {
            var id = _ids.Next();
            _serviceLines.Add(id);
            setup.Add(new Entity(ServiceLine.LogicalName, id)
            {
                [ServiceLine.Columns.Name] = name,
                [ServiceLine.Columns.Code] = code,
                [ServiceLine.Columns.Description] = description,
            });
        }

        var totalDays = (int)(End - Start).TotalDays;
        var existing = (int)Math.Round(_options.Accounts * ExistingShare);
        var arrivals = Enumerable.Range(0, _options.Accounts)
            .Select(i => i < existing ? Start.AddDays(_random.Next(0, 21)) : Start.AddDays(_random.Next(30, Math.Max(31, totalDays - 45))))
            .OrderBy(d => d)
            .ToList();
        for (var i = 0; i < arrivals.Count; i++)
        {
            SimulateAccount(i, arrivals[i], referred: i >= existing && _random.NextDouble() < ReferredShare);
        }

        var events = _events.Where(e => e.When >= Start && e.When < End).OrderBy(e => e.When).ToList();
        return new FirmHistory(Start, End, setup, events);
    }

    private void SimulateAccount(int index, DateTime created, bool referred)
    {
        var persona = PickPersona();
        var tier = Pick(new[] { (ClientTier.Tier1, 15), (ClientTier.Tier2, 35), (ClientTier.Tier3, 50) });
        var partner = _partners[_random.Next(_partners.Count)];
        var accountId = _ids.Next();
        var name = AccountName(index);
        var at = created.AddHours(9 + _random.Next(0, 8));
        Add(new RowEvent(at, HistoryEventKind.Record, new Entity(Account.LogicalName, accountId)
        {
            [Account.Columns.Name] = name,
            [Account.Columns.OwnerId] = new EntityReference(SystemUser.LogicalName, partner),
            [Account.Columns.RelationshipPartnerId] = new EntityReference(SystemUser.LogicalName, partner),
            [Account.Columns.Tier] = Choices.ToOptionSetValue(tier),
            [Account.Columns.JourneyStage] = Choices.ToOptionSetValue(JourneyStage.Prospect),
            [Account.Columns.ProspectOutcome] = Choices.ToOptionSetValue(ProspectOutcome.Open),
        }, Update: false));

        var contacts = new List<Guid>();
        for (var c = 0; c < 1 + _random.Next(3); c++)
        {
            var contactId = _ids.Next();
            contacts.Add(contactId);
            var first = FirmCatalog.FirstNames[_random.Next(FirmCatalog.FirstNames.Count)];
            var last = FirmCatalog.LastNames[_random.Next(FirmCatalog.LastNames.Count)];
            Add(new RowEvent(at.AddMinutes(1 + c), HistoryEventKind.Record, new Entity(Contact.LogicalName, contactId)
            {
                ["firstname"] = first,
                ["lastname"] = last,
                [Contact.Columns.FullName] = first + " " + last,
                [Contact.Columns.ParentCustomerId] = new EntityReference(Account.LogicalName, accountId),
                [Contact.Columns.OwnerId] = new EntityReference(SystemUser.LogicalName, partner),
            }, Update: false));
        }

        var life = new AccountLife(accountId, name, partner, tier, contacts);
        var referrer = referred ? PickReferrer(created) : null;

        // Before the first purchase: a few touchpoints while the prospect gets to know the firm.
        var t = Touchpoints(life, at.Date.AddDays(1), count: 2 + _random.Next(5), minGap: 4, maxGap: 28);
        t = t.AddDays(3 + _random.Next(18));
        switch (persona)
        {
            case ClientPersona.NeverClient:
                Lose(life, t, referrer, notNow: _random.NextDouble() < 0.5);
                Touchpoints(life, t.AddDays(60), count: _random.Next(3), minGap: 60, maxGap: 200);
                return;
            case ClientPersona.NotNowThenClient:
                t = Lose(life, t, referrer, notNow: true);
                referrer = null;
                t = Touchpoints(life, t.AddDays(120 + _random.Next(120)), count: 1 + _random.Next(3), minGap: 10, maxGap: 40);
                persona = _random.NextDouble() < 0.5 ? ClientPersona.OneService : ClientPersona.MultiService;
                break;
        }

        var engagements = persona switch
        {
            ClientPersona.OneService => 2 + _random.Next(3),
            ClientPersona.MultiService => 2 + _random.Next(4),
            _ => 1 + _random.Next(2),
        };
        var line = _serviceLines[_random.Next(_serviceLines.Count)];
        DateTime? lastEnd = null;
        for (var e = 0; e < engagements && t < End; e++)
        {
            if (persona == ClientPersona.MultiService && e > 0 && _random.NextDouble() < 0.7)
            {
                line = _serviceLines[_random.Next(_serviceLines.Count)];
            }

            var bad = persona == ClientPersona.BadExperience && e == engagements - 1;
            var end = Engage(life, t, line, e == 0 ? referrer : null, bad);
            if (e == 0)
            {
                _referrers.Add(new Referrer(accountId, t, null));
            }

            lastEnd = end;
            var gap = 60 + _random.Next(360);
            var betweenTouches = persona == ClientPersona.Drifter ? 1 : 1 + (gap / (40 + _random.Next(120)));
            Touchpoints(life, end.AddDays(10), count: betweenTouches, minGap: 25, maxGap: Math.Max(30, gap / Math.Max(1, betweenTouches)));
            t = end.AddDays(gap);
        }

        if (lastEnd is not DateTime ended)
        {
            return;
        }

        if (persona == ClientPersona.Drifter)
        {
            var farewell = ended.AddDays(150 + _random.Next(250));
            Farewell(life, farewell, FormerSentiment.Advocate, FirmCatalog.AdvocateReasons);
            _referrers[^1] = _referrers[^1] with { AdvocateFrom = farewell };
            Touchpoints(life, farewell.AddDays(30), count: _random.Next(3), minGap: 90, maxGap: 240);
        }
        else if (persona == ClientPersona.BadExperience)
        {
            Farewell(life, ended.AddDays(15 + _random.Next(45)), FormerSentiment.Detractor, FirmCatalog.DetractorReasons);
        }
    }

    private ClientPersona PickPersona() => Pick(new[]
    {
        (ClientPersona.NeverClient, 22),
        (ClientPersona.NotNowThenClient, 8),
        (ClientPersona.OneService, 20),
        (ClientPersona.MultiService, 22),
        (ClientPersona.Drifter, 21),
        (ClientPersona.BadExperience, 7),
    });

    /// <summary>An earlier client (or, four times as likely, a former-client advocate by then) to refer a new account.</summary>
    private Referrer? PickReferrer(DateTime on)
    {
        var weighted = _referrers
            .Where(r => r.ClientFrom < on)
            .Select(r => (Referrer: r, Weight: r.AdvocateFrom is DateTime a && a < on ? 4 : 1))
            .ToList();
        if (weighted.Count == 0)
        {
            return null;
        }

        var roll = _random.Next(weighted.Sum(w => w.Weight));
        foreach (var (referrer, weight) in weighted)
        {
            roll -= weight;
            if (roll < 0)
            {
                return referrer;
            }
        }

        return weighted[^1].Referrer;
    }

    /// <summary>An opportunity, won 10–45 days later, its engagement running a short, medium or long time; returns the end.</summary>
    private DateTime Engage(AccountLife life, DateTime opened, Guid serviceLine, Referrer? referrer, bool bad)
    {
        var opportunityId = Opportunity(life, opened, serviceLine, referrer);
        var won = opened.AddDays(10 + _random.Next(36)).AddHours(10);
        var revenue = Revenue(life.Tier);
        Add(new OpportunityCloseEvent(won, opportunityId, Won: true, OpportunityCloseEvent.WonStatus, revenue));
        var length = Pick(new[] { (30 + _random.Next(60), 40), (90 + _random.Next(150), 40), (240 + _random.Next(300), 20) });
        var end = won.AddDays(length).Date.AddHours(17);
        Touchpoints(life, won.AddDays(7), count: Math.Max(1, length / (10 + _random.Next(25))), minGap: 7, maxGap: 35);
        var satisfaction = bad ? 1 + _random.Next(2) : 3 + _random.Next(3);
        Add(new EngagementEndEvent(end, opportunityId, satisfaction));
        return end;
    }

    /// <summary>An opportunity lost 20–60 days later; returns the loss date.</summary>
    private DateTime Lose(AccountLife life, DateTime opened, Referrer? referrer, bool notNow)
    {
        var opportunityId = Opportunity(life, opened, _serviceLines[_random.Next(_serviceLines.Count)], referrer);
        var lost = opened.AddDays(20 + _random.Next(41)).AddHours(11);
        Add(new OpportunityCloseEvent(lost, opportunityId, Won: false, notNow ? OpportunityCloseEvent.NotNowStatus : OpportunityCloseEvent.NoWayStatus, 0m));
        return lost;
    }

    private Guid Opportunity(AccountLife life, DateTime opened, Guid serviceLine, Referrer? referrer)
    {
        var id = _ids.Next();
        var lineName = FirmCatalog.ServiceLines[_serviceLines.IndexOf(serviceLine)].Name;
        var row = new Entity(Plugins.Schema.Opportunity.LogicalName, id)
        {
            [Plugins.Schema.Opportunity.Columns.Name] = $"{lineName} for {life.Name}",
            [Plugins.Schema.Opportunity.Columns.CustomerId] = new EntityReference(Account.LogicalName, life.AccountId),
            [Plugins.Schema.Opportunity.Columns.ParentAccountId] = new EntityReference(Account.LogicalName, life.AccountId),
            [Plugins.Schema.Opportunity.Columns.ServiceLineId] = new EntityReference(ServiceLine.LogicalName, serviceLine),
            [Plugins.Schema.Opportunity.Columns.EstimatedValue] = new Money(Revenue(life.Tier)),
            ["ownerid"] = new EntityReference(SystemUser.LogicalName, life.Partner),
        };
        if (referrer != null)
        {
            row[Plugins.Schema.Opportunity.Columns.ReferredByAccountId] = new EntityReference(Account.LogicalName, referrer.AccountId);
            row[Plugins.Schema.Opportunity.Columns.ReferralChannel] = Choices.ToOptionSetValue(Pick(new[]
            {
                (ReferralChannel.WordOfMouth, 50), (ReferralChannel.Introduction, 35), (ReferralChannel.Event, 15),
            }));
        }

        Add(new RowEvent(opened.Date.AddHours(9).AddMinutes(_random.Next(480)), HistoryEventKind.Record, row, Update: false));
        return id;
    }

    private void Farewell(AccountLife life, DateTime on, FormerSentiment sentiment, IReadOnlyList<string> reasons)
    {
        Add(new RowEvent(on.Date.AddHours(15), HistoryEventKind.Farewell, new Entity(Account.LogicalName, life.AccountId)
        {
            [Account.Columns.JourneyStage] = Choices.ToOptionSetValue(JourneyStage.FormerClient),
            [Account.Columns.FormerSentiment] = Choices.ToOptionSetValue(sentiment),
            [Account.Columns.FormerReason] = reasons[_random.Next(reasons.Count)],
        }, Update: true));
    }

    /// <summary>Completed activities with realistic gaps; returns the date of the last.</summary>
    private DateTime Touchpoints(AccountLife life, DateTime from, int count, int minGap, int maxGap)
    {
        var at = from;
        for (var i = 0; i < count; i++)
        {
            at = at.Date.AddDays(i == 0 ? 0 : minGap + _random.Next(Math.Max(1, maxGap - minGap))).AddHours(8 + _random.Next(10)).AddMinutes(_random.Next(60));
            Activity(life, at);
        }

        return at;
    }

    private void Activity(AccountLife life, DateTime at)
    {
        var (table, subject) = Pick(new[]
        {
            ((Email.LogicalName, "Follow-up email"), 40),
            ((PhoneCall.LogicalName, "Call with the client"), 25),
            ((Appointment.LogicalName, "Meeting at the client's office"), 25),
            ((Appointment.LogicalName, EventSubjectPrefix + "client breakfast briefing"), 10),
        });
        var regarding = _random.NextDouble() < 0.35 && life.Contacts.Count > 0
            ? new EntityReference(Contact.LogicalName, life.Contacts[_random.Next(life.Contacts.Count)])
            : new EntityReference(Account.LogicalName, life.AccountId);
        Add(new RowEvent(at, HistoryEventKind.Activity, new Entity(table, _ids.Next())
        {
            [TaskTable.Columns.Subject] = subject,
            [TaskTable.Columns.RegardingObjectId] = regarding,
            [TaskTable.Columns.OwnerId] = new EntityReference(SystemUser.LogicalName, life.Partner),
            [TaskTable.Columns.ActualEnd] = at,
            [TaskTable.Columns.StateCode] = new OptionSetValue(1),
        }, Update: false));
    }

    private decimal Revenue(ClientTier tier)
    {
        var (low, high) = tier switch
        {
            ClientTier.Tier1 => (80_000, 400_000),
            ClientTier.Tier2 => (30_000, 150_000),
            _ => (8_000, 60_000),
        };
        return Math.Round((low + _random.Next(high - low)) / 500m) * 500m;
    }

    private string AccountName(int index)
    {
        var stem = FirmCatalog.NameStems[_random.Next(FirmCatalog.NameStems.Count)];
        var trade = FirmCatalog.NameTrades[_random.Next(FirmCatalog.NameTrades.Count)];
        var form = FirmCatalog.LegalForms[_random.Next(FirmCatalog.LegalForms.Count)];

        // The index keeps names unique however many accounts are asked for.
        return string.Create(CultureInfo.InvariantCulture, $"{stem} {trade} {form} #{index + 1:000}");
    }

    private T Pick<T>(IReadOnlyList<(T Value, int Weight)> choices)
    {
        var roll = _random.Next(choices.Sum(c => c.Weight));
        foreach (var (value, weight) in choices)
        {
            roll -= weight;
            if (roll < 0)
            {
                return value;
            }
        }

        return choices[^1].Value;
    }

    private void Add(HistoryEvent historyEvent) => _events.Add(historyEvent);

    private sealed record AccountLife(Guid AccountId, string Name, Guid Partner, ClientTier Tier, IReadOnlyList<Guid> Contacts);

    /// <summary>An account that can refer others: a client from <see cref="ClientFrom"/>, an advocate from <see cref="AdvocateFrom"/> (null: not yet known).</summary>
    private sealed record Referrer(Guid AccountId, DateTime ClientFrom, DateTime? AdvocateFrom);
}
