using System;
using System.Collections.Generic;
using System.Linq;
using CrmJourney.Domain.Journey;
using CrmJourney.Domain.Rules;
using CrmJourney.Plugins.Schema;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;
using EngagementStatus = CrmJourney.Domain.Engagements.EngagementStatus;
using EngagementTable = CrmJourney.Plugins.Schema.Engagement;
using NurtureRule = CrmJourney.Plugins.Schema.NurtureRule;

namespace CrmJourney.Plugins.Tests.Sweep;

/// <summary>
/// The Pigeonholed rule's suggestion in the sweep itself (the cjp_RunNurtureSweep path): the sweep reads
/// the firm's service-line affinity from every bought engagement once, names the line most bought by
/// clients of the same line with its share, falls back to the other lines without evidence, and a
/// resumed sweep suggests from the figures its first call read.
/// </summary>
public sealed class NurtureSweepAffinityTests
{
    [Fact]
    public void The_pigeonholed_task_names_the_line_most_bought_by_clients_of_the_same_line_with_its_share()
    {
        var world = new SweepWorld();
        var rule = SuggestingRule(world);
        var pigeon = Pigeon(world, "Pigeon plc");

        // Tax advisory clients (an active or completed Tax engagement): Pigeon plc, A, B, C and D = 5.
        //   A: Tax and Audit completed → also bought Audit.
        //   B: Tax completed, Audit active → also bought Audit (work under way is bought).
        //   C: Tax and Transaction services completed → also bought Transaction services.
        //   D: Tax completed, Transaction services planned, Audit cancelled → bought neither.
        //   E: Audit only (not a Tax client, so not in the base).
        // Audit: 2 of 5 = 40%; Transaction services: 1 of 5 = 20%. Best next: Audit, 40%.
        Client(world, "A", JourneyStage.FormerClient, (SweepWorld.Tax, EngagementStatus.Completed), (SweepWorld.Audit, EngagementStatus.Completed));
        Client(world, "B", JourneyStage.ActiveClient, (SweepWorld.Tax, EngagementStatus.Completed), (SweepWorld.Audit, EngagementStatus.Active));
        Client(world, "C", JourneyStage.FormerClient, (SweepWorld.Tax, EngagementStatus.Completed), (SweepWorld.Deals, EngagementStatus.Completed));
        Client(world, "D", JourneyStage.FormerClient, (SweepWorld.Tax, EngagementStatus.Completed), (SweepWorld.Deals, EngagementStatus.Planned), (SweepWorld.Audit, EngagementStatus.Cancelled));
        Client(world, "E", JourneyStage.FormerClient, (SweepWorld.Audit, EngagementStatus.Completed));

        var result = world.Sweep();

        Assert.Equal(1, result.Summary.TasksCreated);
        var task = world.TaskRegarding(pigeon);
        Assert.Equal(
            "Bought only Tax advisory in 3 engagements; introduce Audit — 40% of Tax advisory clients also bought it | suggested: Audit",
            task.GetAttributeValue<string>(Task.Columns.Description));
        Assert.Equal(rule, task.GetAttributeValue<EntityReference>(Task.Columns.NurtureRuleId)!.Id);
    }

    [Fact]
    public void Without_evidence_the_task_names_every_other_line_alphabetically_and_no_share()
    {
        var world = new SweepWorld();
        SuggestingRule(world);
        var pigeon = Pigeon(world, "Pigeon plc");

        // The only client bought Tax advisory alone: no Tax client bought anything else, so there is no share to quote.
        world.Sweep();

        Assert.Equal(
            "Bought only Tax advisory in 3 engagements; introduce Audit, Transaction services | suggested: Audit, Transaction services",
            world.TaskRegarding(pigeon).GetAttributeValue<string>(Task.Columns.Description));
    }

    [Fact]
    public void A_client_whose_active_engagement_is_in_a_second_line_is_not_pigeonholed_by_the_sweep()
    {
        var world = new SweepWorld();
        SuggestingRule(world);
        var pigeon = Pigeon(world, "Pigeon plc");
        var broadening = Pigeon(world, "Broadening plc", activeIn: SweepWorld.Audit);

        var result = world.Sweep();

        // Both have three completed Tax engagements; Broadening plc's active Audit engagement means it bought two lines.
        Assert.Equal(1, result.Summary.TasksCreated);
        Assert.Equal(pigeon, Assert.Single(world.Tasks).GetAttributeValue<EntityReference>(Task.Columns.RegardingObjectId)!.Id);
        Assert.NotEqual(pigeon, broadening);
    }

    [Fact]
    public void A_resumed_sweep_suggests_from_the_affinity_its_first_call_read()
    {
        var world = new SweepWorld();
        SuggestingRule(world);
        var pigeons = new[] { "P1", "P2", "P3" }.Select(name => Pigeon(world, name)).ToList();
        Client(world, "A", JourneyStage.FormerClient, (SweepWorld.Tax, EngagementStatus.Completed), (SweepWorld.Audit, EngagementStatus.Completed));
        var options = SweepWorld.LocalOptions with { PageSize = 2 };

        // Page 1 holds two of the three pigeons, page 2 the third; each page "takes" 50 s of the 90 s budget.
        var first = world.Sweep(options, stopwatch: new StepStopwatch(TimeSpan.FromSeconds(50)));
        Assert.False(first.Completed);

        // Between the calls three more Tax clients buy Transaction services: a fresh read would now suggest it.
        foreach (var name in new[] { "X", "Y", "Z" })
        {
            Client(world, name, JourneyStage.FormerClient, (SweepWorld.Tax, EngagementStatus.Completed), (SweepWorld.Deals, EngagementStatus.Completed));
        }

        var second = world.Sweep(options, first.ContinuationToken, new StepStopwatch(TimeSpan.FromSeconds(50)));
        while (second.ContinuationToken is { } token)
        {
            second = world.Sweep(options, token, new StepStopwatch(TimeSpan.FromSeconds(50)));
        }

        // As the first call read it: Tax clients P1, P2, P3 and A = 4; Audit 1 of 4 = 25%.
        Assert.Equal(3, world.Tasks.Count);
        Assert.All(pigeons, p => Assert.Equal(
            "Bought only Tax advisory in 3 engagements; introduce Audit — 25% of Tax advisory clients also bought it | suggested: Audit",
            world.TaskRegarding(p).GetAttributeValue<string>(Task.Columns.Description)));

        // A new sweep reads the affinity afresh: Tax clients 7; Transaction services 3 of 7 = 43% beats Audit 1 of 7.
        var fresh = new SweepWorld();
        SuggestingRule(fresh);
        var pigeon = Pigeon(fresh, "P1");
        Client(fresh, "A", JourneyStage.FormerClient, (SweepWorld.Tax, EngagementStatus.Completed), (SweepWorld.Audit, EngagementStatus.Completed));
        foreach (var name in new[] { "P2", "P3" })
        {
            Pigeon(fresh, name);
        }

        foreach (var name in new[] { "X", "Y", "Z" })
        {
            Client(fresh, name, JourneyStage.FormerClient, (SweepWorld.Tax, EngagementStatus.Completed), (SweepWorld.Deals, EngagementStatus.Completed));
        }

        fresh.Sweep();
        Assert.Equal(
            "Bought only Tax advisory in 3 engagements; introduce Transaction services — 43% of Tax advisory clients also bought it | suggested: Transaction services",
            fresh.TaskRegarding(pigeon).GetAttributeValue<string>(Task.Columns.Description));
    }

    [Fact]
    public void The_affinity_is_read_in_pages_of_five_thousand_engagements_and_only_when_a_pigeonholed_rule_runs()
    {
        var world = new SweepWorld();
        var quietOnly = new SweepWorld();
        quietOnly.QuietRule();
        SuggestingRule(world);
        world.Org.Seed(FormerClients(6_000));
        quietOnly.Org.Seed(FormerClients(6_000));
        var counting = new EngagementQueryCounter(world.Org);
        var quietCounting = new EngagementQueryCounter(quietOnly.Org);

        world.Sweep(service: counting);
        quietOnly.Sweep(service: quietCounting);

        // 6,000 bought engagements at 5,000 a request = 2 requests; no accounts in the watched stages, so no page reads them.
        Assert.Equal(2, counting.EngagementQueries);
        Assert.Equal(0, quietCounting.EngagementQueries);
    }

    /// <summary>Former clients with one completed Tax engagement each: not paged by the rules, read only for the affinity.</summary>
    private static List<Entity> FormerClients(int count)
    {
        var rows = new List<Entity>();
        for (var i = 0; i < count; i++)
        {
            var account = SweepWorld.NewAccount(new Guid(i, 0, 0, new byte[] { 0, 0, 0, 0, 0, 0, 0, 2 }), "Former " + i, JourneyStage.FormerClient);
            account[Account.Columns.CompletedEngagementCount] = 1;
            rows.Add(account);
            rows.Add(Engagement(account.Id, 0, SweepWorld.Tax, EngagementStatus.Completed));
        }

        return rows;
    }

    private static Guid SuggestingRule(SweepWorld world) =>
        world.Rule("Pigeonholed", NurtureRuleType.Pigeonholed, r =>
        {
            r[NurtureRule.Columns.Stages] = Choices.ToOptionSetValueCollection(new[] { JourneyStage.ActiveClient, JourneyStage.BetweenEngagements });
            r[NurtureRule.Columns.MinimumCompletedEngagements] = 3;
            r[NurtureRule.Columns.CooldownDays] = 90;
            r[NurtureRule.Columns.AssigneeType] = Choices.ToOptionSetValue(AssigneeType.AccountOwner);
            r[NurtureRule.Columns.TaskSubject] = "Introduce more services to {account.name}";
            r[NurtureRule.Columns.TaskDescription] = "{reason} | suggested: {servicelines.suggested}";
            r[NurtureRule.Columns.DueInDays] = 14;
            r[NurtureRule.Columns.Priority] = Choices.ToOptionSetValue(TaskPriority.Normal);
        });

    /// <summary>Between engagements (touched recently, so never dormant) with three completed Tax advisory engagements, and optionally an active one in another line.</summary>
    private static Guid Pigeon(SweepWorld world, string name, Guid? activeIn = null)
    {
        var id = world.AddAccount(name, activeIn is null ? JourneyStage.BetweenEngagements : JourneyStage.ActiveClient, a =>
        {
            a[Account.Columns.LastTouchpointOn] = SweepWorld.Day(2026, 10, 1);
            a[Account.Columns.LastEngagementEndedOn] = SweepWorld.Day(2026, 9, 1);
            a[Account.Columns.ActiveEngagementCount] = activeIn is null ? 0 : 1;
        }, completed: new[] { (SweepWorld.Tax, SweepWorld.Alice, SweepWorld.Day(2024, 1, 1)), (SweepWorld.Tax, SweepWorld.Alice, SweepWorld.Day(2025, 1, 1)), (SweepWorld.Tax, SweepWorld.Bob, SweepWorld.Day(2026, 9, 1)) });
        if (activeIn is Guid line)
        {
            world.Org.Seed(new[] { Engagement(id, 10, line, EngagementStatus.Active) });
        }

        return id;
    }

    /// <summary>An account with one engagement per (line, status), counters set as the engagement plugin would.</summary>
    private static void Client(SweepWorld world, string name, JourneyStage stage, params (Guid Line, EngagementStatus Status)[] engagements)
    {
        var account = SweepWorld.NewAccount(SweepWorld.Id("account:" + name), name, stage);
        account[Account.Columns.CompletedEngagementCount] = engagements.Count(e => e.Status == EngagementStatus.Completed);
        account[Account.Columns.ActiveEngagementCount] = engagements.Count(e => e.Status == EngagementStatus.Active);
        account[Account.Columns.LastTouchpointOn] = SweepWorld.Day(2026, 10, 1);
        world.Org.Seed(new[] { account }.Concat(engagements.Select((e, i) => Engagement(account.Id, i, e.Line, e.Status))));
    }

    private static Entity Engagement(Guid accountId, int index, Guid line, EngagementStatus status)
    {
        var engagement = new Entity(EngagementTable.LogicalName, SweepWorld.Id($"engagement:{accountId}:{index}"));
        engagement[EngagementTable.Columns.AccountId] = new EntityReference(Account.LogicalName, accountId);
        engagement[EngagementTable.Columns.ServiceLineId] = new EntityReference(ServiceLine.LogicalName, line);
        engagement[EngagementTable.Columns.Status] = Choices.ToOptionSetValue(status);
        engagement[EngagementTable.Columns.StartedOn] = SweepWorld.Day(2025, 1, 1);
        if (status == EngagementStatus.Completed)
        {
            engagement[EngagementTable.Columns.EndedOn] = SweepWorld.Day(2025, 6, 1);
        }

        return engagement;
    }

    /// <summary>Counts the RetrieveMultiple requests on cjp_engagement.</summary>
    private sealed class EngagementQueryCounter(IOrganizationService inner) : IOrganizationService
    {
        public int EngagementQueries { get; private set; }

        public Guid Create(Entity entity) => inner.Create(entity);

        public Entity Retrieve(string entityName, Guid id, ColumnSet columnSet) => inner.Retrieve(entityName, id, columnSet);

        public void Update(Entity entity) => inner.Update(entity);

        public void Delete(string entityName, Guid id) => inner.Delete(entityName, id);

        public OrganizationResponse Execute(OrganizationRequest request) => inner.Execute(request);

        public void Associate(string entityName, Guid entityId, Relationship relationship, EntityReferenceCollection relatedEntities) => inner.Associate(entityName, entityId, relationship, relatedEntities);

        public void Disassociate(string entityName, Guid entityId, Relationship relationship, EntityReferenceCollection relatedEntities) => inner.Disassociate(entityName, entityId, relationship, relatedEntities);

        public EntityCollection RetrieveMultiple(QueryBase query)
        {
            if (query is QueryExpression { EntityName: EngagementTable.LogicalName })
            {
                EngagementQueries++;
            }

            return inner.RetrieveMultiple(query);
        }
    }
}
