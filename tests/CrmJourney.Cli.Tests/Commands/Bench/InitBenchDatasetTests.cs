using System;
using System.Globalization;
using System.Linq;
using CrmJourney.Cli.Bench;
using CrmJourney.Domain.Journey;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace CrmJourney.Cli.Tests.Commands.Bench;

public sealed class InitBenchDatasetTests
{
    private static InitBenchDataset Dataset(int accounts, int seed = 1) => new(new BenchDatasetOptions { Accounts = accounts, Seed = seed });

    [Fact]
    public void The_same_seed_gives_the_same_rows_and_another_seed_other_rows()
    {
        static string Fingerprint(InitBenchDataset dataset) => string.Join("|", dataset.Rows().Take(3_000).Select(r => r.LogicalName + r.Id + string.Join(",", r.Attributes.Select(a => a.Key + "=" + (a.Value is EntityReference e ? e.Id.ToString() : a.Value is OptionSetValue o ? o.Value.ToString(CultureInfo.InvariantCulture) : a.Value is Money m ? m.Value.ToString(CultureInfo.InvariantCulture) : a.Value is EntityCollection c ? string.Join(";", c.Entities.Select(p => p.GetAttributeValue<EntityReference>("partyid")!.Id)) : Convert.ToString(a.Value, CultureInfo.InvariantCulture))))));

        Assert.Equal(Fingerprint(Dataset(200, 5)), Fingerprint(Dataset(200, 5)));
        Assert.NotEqual(Fingerprint(Dataset(200, 5)), Fingerprint(Dataset(200, 6)));
    }

    [Fact]
    public void It_imports_as_an_organization_right_after_the_solution_is_installed_no_account_has_a_journey_column()
    {
        var dataset = Dataset(300);
        var org = BenchRunner.NewBaselineOrganization(dataset.Options.AsOf);

        dataset.LoadInto(org);

        var accounts = org.RetrieveMultiple(new QueryExpression("account") { ColumnSet = new ColumnSet("cjp_journeystage", "cjp_touchpointcount", "cjp_stageenteredon", "statecode", "createdon") }).Entities;
        Assert.Equal(300, accounts.Count);
        Assert.All(accounts, a =>
        {
            Assert.False(a.Contains("cjp_journeystage"));
            Assert.False(a.Contains("cjp_touchpointcount"));
            Assert.False(a.Contains("cjp_stageenteredon"));
            Assert.Equal(0, a.GetAttributeValue<OptionSetValue>("statecode")!.Value);
        });
        Assert.Equal(0, org.Store.Table("cjp_stagetransition").Count);
        Assert.Equal(0, org.Store.Table("cjp_engagement").Count);
        var plans = dataset.Accounts().ToList();
        Assert.Equal(plans.Sum(p => p.ContactCount), org.Store.Table("contact").Count);
        Assert.Equal(plans.Sum(p => p.Opportunities.Count), org.Store.Table("opportunity").Count);
        Assert.Equal(plans.Count(p => p.ReferredLeadOn is not null), org.Store.Table("lead").Count);
        Assert.All(plans, p => Assert.InRange(p.ContactCount, 2, 4));
        Assert.InRange(plans.Sum(p => p.Activities.Count) / 300.0, 8, 12);
    }

    [Fact]
    public void Activities_reach_their_account_in_all_four_ways_and_tracked_emails_have_one_to_party_naming_one_of_its_contacts()
    {
        var dataset = Dataset(200);
        var org = BenchRunner.NewProductOrganization(dataset.Options.AsOf);
        dataset.LoadInto(org);
        var plans = dataset.Accounts().ToList();

        Assert.All(Enum.GetValues<InitActivityLink>(), link => Assert.Contains(plans, p => p.Activities.Any(a => a.Link == link)));
        var tracked = plans.SelectMany(p => p.Activities.Select((a, i) => (Plan: p, Activity: a, Index: i))).Where(x => x.Activity.Link == InitActivityLink.EmailToContact).ToList();
        var parties = org.RetrieveMultiple(new QueryExpression("activityparty") { ColumnSet = new ColumnSet("activityid", "partyid", "participationtypemask") }).Entities;
        Assert.Equal(tracked.Count, parties.Count);
        foreach (var (plan, activity, index) in tracked)
        {
            var party = Assert.Single(parties, p => p.GetAttributeValue<EntityReference>("activityid")!.Id == InitBenchDataset.ActivityId(plan.Index, index));
            Assert.Equal(2, party.GetAttributeValue<OptionSetValue>("participationtypemask")!.Value);
            Assert.Equal(InitBenchDataset.ContactId(plan.Index, activity.Target), party.GetAttributeValue<EntityReference>("partyid")!.Id);
            var email = org.Retrieve("email", InitBenchDataset.ActivityId(plan.Index, index), new ColumnSet("regardingobjectid", "statecode"));
            Assert.False(email.Contains("regardingobjectid"));
            Assert.Equal(1, email.GetAttributeValue<OptionSetValue>("statecode")!.Value);
        }

        var contact = org.Retrieve("contact", InitBenchDataset.ContactId(0, 1), new ColumnSet("parentcustomerid"));
        Assert.Equal(BenchDataset.AccountId(0), contact.GetAttributeValue<EntityReference>("parentcustomerid")!.Id);
    }

    [Fact]
    public void Won_opportunities_carry_their_close_date_value_and_service_line_and_lost_ones_a_lost_status_reason()
    {
        var dataset = Dataset(300);
        var org = BenchRunner.NewProductOrganization(dataset.Options.AsOf);
        dataset.LoadInto(org);

        var opportunities = org.RetrieveMultiple(new QueryExpression("opportunity") { ColumnSet = new ColumnSet("statecode", "statuscode", "actualclosedate", "actualvalue", "cjp_servicelineid", "parentaccountid") }).Entities;
        var won = opportunities.Where(o => o.GetAttributeValue<OptionSetValue>("statecode")!.Value == 1).ToList();
        var lost = opportunities.Where(o => o.GetAttributeValue<OptionSetValue>("statecode")!.Value == 2).ToList();
        Assert.NotEmpty(won);
        Assert.NotEmpty(lost);
        Assert.Contains(opportunities, o => o.GetAttributeValue<OptionSetValue>("statecode")!.Value == 0);
        Assert.All(won, o =>
        {
            Assert.Equal(3, o.GetAttributeValue<OptionSetValue>("statuscode")!.Value);
            Assert.True(o.GetAttributeValue<DateTime?>("actualclosedate") <= dataset.Options.AsOf);
            Assert.True(o.GetAttributeValue<Money>("actualvalue")!.Value > 0m);
            Assert.NotNull(o.GetAttributeValue<EntityReference>("cjp_servicelineid"));
        });
        Assert.All(lost, o => Assert.Contains(o.GetAttributeValue<OptionSetValue>("statuscode")!.Value, new[] { 4, 5 }));
        Assert.All(opportunities, o => Assert.NotNull(o.GetAttributeValue<EntityReference>("parentaccountid")));
    }

    [Fact]
    public void The_plans_lead_to_every_stage_under_the_default_policy()
    {
        var plans = Dataset(1_000).Accounts().ToList();
        var asOf = BenchDatasetOptions.Default.AsOf;

        var stages = plans.Select(p => ExpectedStage(p, asOf)).ToList();

        Assert.All(Enum.GetValues<JourneyStage>(), stage => Assert.Contains(stage, stages));
    }

    /// <summary>
    /// The stage worked out by hand from a plan under the default policy: an engagement per won deal lasting 180 days;
    /// one still running makes an active client; otherwise a client quiet more than 730 whole days since the later of
    /// its last engagement end and its last activity is former, else between engagements; no win: prospect.
    /// </summary>
    internal static JourneyStage ExpectedStage(InitAccountPlan plan, DateTime asOf)
    {
        var wins = plan.Opportunities.Where(o => o.State == InitOpportunityState.Won && o.ClosedOn <= asOf).ToList();
        if (wins.Count == 0)
        {
            return JourneyStage.Prospect;
        }

        if (wins.Any(w => w.ClosedOn.AddDays(180) > asOf))
        {
            return JourneyStage.ActiveClient;
        }

        var lastEnd = wins.Max(w => w.ClosedOn.AddDays(180));
        var lastTouch = plan.Activities.Where(a => a.CompletedOn <= asOf).Select(a => a.CompletedOn).DefaultIfEmpty(DateTime.MinValue).Max();
        var lastSign = lastTouch > lastEnd ? lastTouch : lastEnd;
        return (asOf.Date - lastSign.Date).Days > 730 ? JourneyStage.FormerClient : JourneyStage.BetweenEngagements;
    }
}
