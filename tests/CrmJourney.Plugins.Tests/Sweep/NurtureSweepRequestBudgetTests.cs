using System;
using System.Collections.Generic;
using System.Linq;
using CrmJourney.Domain.Journey;
using CrmJourney.Domain.Touchpoints;
using CrmJourney.Plugins.Schema;
using Microsoft.Xrm.Sdk;

namespace CrmJourney.Plugins.Tests.Sweep;

/// <summary>The sweep's request count grows with pages, not accounts.</summary>
public sealed class NurtureSweepRequestBudgetTests
{
    [Fact]
    public void A_sweep_over_ten_thousand_accounts_with_six_rules_stays_within_eighty_requests()
    {
        var world = new SweepWorld();
        world.AllRules(sendDigest: true);
        world.Rule("Referral thanks", Domain.Rules.NurtureRuleType.ReferralThanks, r =>
        {
            r[NurtureRule.Columns.AssigneeType] = Choices.ToOptionSetValue(Domain.Rules.AssigneeType.RelationshipPartner);
            r[NurtureRule.Columns.TaskSubject] = "Thank {account.name}";
        });
        var partners = Enumerable.Range(1, 4).Select(p => SweepWorld.Id("partner:" + p)).ToList();
        var rows = new List<Entity>();
        rows.AddRange(partners.Select((id, p) => { var u = new Entity(SystemUser.LogicalName, id); u[SystemUser.Columns.FullName] = "Partner " + p; return u; }));
        for (var i = 0; i < 10_000; i++)
        {
            rows.AddRange(AccountOfShape(i, partners[i % 4]));
        }

        world.Org.Seed(rows);
        world.Org.ResetCounters();

        var result = world.Sweep(stopwatch: new StepStopwatch(TimeSpan.Zero));

        // Ids grow with i, so page 1 holds accounts 0–4,999 and page 2 5,000–9,999: 1,000 of each shape per page.
        // Reads:  rules 1 + catalogue 1 + accounts without a stage (one page of ids) 1
        //         + the service-line affinity once: bought engagements 2,000 × 3 (shape 0) + 2,000 × 1 (shape 3) = 8,000 rows, 5,000 a request = 2
        //         + per page (accounts 1 + engagements 1 + users 1 + logs 1 + open tasks 1) × 2 pages = 15
        // Writes per page: dormancy UpdateMultiple ceil(1,000/1,000) = 1 + their transitions CreateMultiple 1
        //                  + logs CreateMultiple ceil(4,000/1,000) = 4 + tasks CreateMultiple 4 + log→task links UpdateMultiple 4
        //                  = 14, × 2 pages = 28
        // Digests: prior digest logs 1 + digest logs CreateMultiple 1 + the cjp_OrgUrl environment variable 1
        //          + emails Create 4 + SendEmail 4 + links UpdateMultiple 1 = 12
        // Total: 15 + 28 + 12 = 55 (≤ 80).
        Assert.True(result.Completed);
        Assert.Equal(10_000, result.Summary.EvaluatedAccounts);
        Assert.Equal(8_000, result.Summary.TasksCreated);
        Assert.Equal(2_000, result.Summary.Transitions);
        Assert.Equal(4, result.Summary.DigestsSent);
        Assert.Equal(55, world.Org.TotalRequests);
        Assert.Equal(55, result.Summary.RequestsUsed);
        Assert.True(world.Org.TotalRequests <= 80);
    }

    /// <summary>Account <paramref name="i"/> in one of five shapes (i mod 5), with its engagements.</summary>
    private static IEnumerable<Entity> AccountOfShape(int i, Guid partner)
    {
        var shape = i % 5;
        var stage = shape switch
        {
            0 or 3 => JourneyStage.BetweenEngagements,
            1 => JourneyStage.FormerClient,
            2 => JourneyStage.Prospect,
            _ => JourneyStage.ActiveClient,
        };
        var account = SweepWorld.NewAccount(new Guid(i, 0, 0, new byte[] { 0, 0, 0, 0, 0, 0, 0, 1 }), "Account " + i, stage);
        account[Account.Columns.RelationshipPartnerId] = new EntityReference(SystemUser.LogicalName, partner);
        var engagements = new List<Entity>();
        switch (shape)
        {
            case 0: // quiet for 140 days and pigeonholed in Tax advisory: Quiet and Pigeonholed fire
                account[Account.Columns.LastTouchpointOn] = SweepWorld.Day(2026, 7, 3);
                account[Account.Columns.LastTouchpointChannel] = Choices.ToOptionSetValue(TouchpointChannel.Meeting);
                account[Account.Columns.LastEngagementEndedOn] = SweepWorld.Day(2026, 3, 1);
                engagements.AddRange(Enumerable.Range(0, 3).Select(e => SweepWorld.NewEngagement(account.Id, e, SweepWorld.Tax, SweepWorld.Bob, SweepWorld.Day(2024 + e, 3, 1))));
                break;
            case 1: // advocate silent for 233 days: Advocate check-in fires
                account[Account.Columns.FormerSentiment] = Choices.ToOptionSetValue(FormerSentiment.Advocate);
                account[Account.Columns.LastTouchpointOn] = SweepWorld.Day(2026, 4, 1);
                break;
            case 2: // not-now prospect due: Not-now revisit fires
                account[Account.Columns.ProspectOutcome] = Choices.ToOptionSetValue(ProspectOutcome.NotNow);
                account[Account.Columns.RevisitOn] = SweepWorld.Day(2026, 11, 15);
                break;
            case 3: // 780 quiet days: dormant, moves to Former client
                account[Account.Columns.LastEngagementEndedOn] = SweepWorld.Day(2024, 10, 1);
                account[Account.Columns.LastTouchpointOn] = SweepWorld.Day(2024, 9, 1);
                engagements.Add(SweepWorld.NewEngagement(account.Id, 0, SweepWorld.Audit, SweepWorld.Bob, SweepWorld.Day(2024, 10, 1)));
                break;
            default: // an active client touched last week: nothing fires
                account[Account.Columns.ActiveEngagementCount] = 1;
                account[Account.Columns.LastTouchpointOn] = SweepWorld.Day(2026, 11, 13);
                break;
        }

        account[Account.Columns.CompletedEngagementCount] = engagements.Count;
        return new[] { account }.Concat(engagements);
    }
}
