using System;
using System.IO;
using System.Linq;
using CrmJourney.Cli.Bench;
using CrmJourney.Cli.Rules;
using CrmJourney.Domain.Journey;
using Microsoft.Xrm.Sdk;
using AccountTable = CrmJourney.Plugins.Schema.Account;

namespace CrmJourney.Cli.Tests.Commands.Bench;

public sealed class BenchDatasetTests
{
    private static BenchDataset Dataset(int accounts, int seed = 1) =>
        new(new BenchDatasetOptions { Accounts = accounts, Seed = seed }, RuleSetFile.Load(Path.Combine(RepositoryRoot.Path, "tools", "CrmJourney.Cli", RuleSetFile.DefaultFileName), "rules", _ => { }));

    [Fact]
    public void The_same_seed_gives_the_same_rows_and_another_seed_other_rows()
    {
        static string Fingerprint(BenchDataset dataset) => string.Join("|", dataset.Rows().Take(3_000).Select(r => r.LogicalName + r.Id + string.Join(",", r.Attributes.Select(a => a.Key + "=" + (a.Value is EntityReference e ? e.Id.ToString() : a.Value is OptionSetValue o ? o.Value.ToString() : Convert.ToString(a.Value, System.Globalization.CultureInfo.InvariantCulture))))));

        Assert.Equal(Fingerprint(Dataset(300, 5)), Fingerprint(Dataset(300, 5)));
        Assert.NotEqual(Fingerprint(Dataset(300, 5)), Fingerprint(Dataset(300, 6)));
    }

    [Fact]
    public void Each_account_s_denormalized_columns_agree_with_its_activities_and_engagements()
    {
        var rows = Dataset(500).Rows().ToList();
        var accounts = rows.Where(r => r.LogicalName == AccountTable.LogicalName).ToList();
        var activities = rows.Where(r => r.Contains("actualend")).ToLookup(r => r.GetAttributeValue<EntityReference>("regardingobjectid")!.Id);
        var engagements = rows.Where(r => r.LogicalName == "cjp_engagement").ToLookup(r => r.GetAttributeValue<EntityReference>("cjp_accountid")!.Id);

        foreach (var account in accounts)
        {
            var mine = activities[account.Id].ToList();
            Assert.Equal(mine.Max(a => a.GetAttributeValue<DateTime>("actualend")), account.GetAttributeValue<DateTime?>(AccountTable.Columns.LastTouchpointOn));
            Assert.Equal(mine.Count, account.GetAttributeValue<int>(AccountTable.Columns.TouchpointCount));
            var completed = engagements[account.Id].Where(e => e.Contains("cjp_endedon")).ToList();
            Assert.Equal(completed.Count, account.GetAttributeValue<int>(AccountTable.Columns.CompletedEngagementCount));
            Assert.Equal(engagements[account.Id].Count() - completed.Count, account.GetAttributeValue<int>(AccountTable.Columns.ActiveEngagementCount));
            Assert.Equal(engagements[account.Id].Select(e => e.GetAttributeValue<EntityReference>("cjp_servicelineid")!.Id).Distinct().Count(), account.GetAttributeValue<int>(AccountTable.Columns.ServiceLineCount));
            Assert.Equal(completed.Count == 0 ? null : completed.Max(e => e.GetAttributeValue<DateTime>("cjp_endedon")), account.GetAttributeValue<DateTime?>(AccountTable.Columns.LastEngagementEndedOn));
        }

        Assert.InRange(activities.Sum(g => g.Count()) / (double)accounts.Count, 8, 12);
    }

    [Fact]
    public void Every_stage_is_represented_and_imports_without_running_plugins()
    {
        var dataset = Dataset(400);
        var org = BenchRunner.NewBaselineOrganization(dataset.Options.AsOf);

        dataset.LoadInto(org);

        Assert.Equal(400, org.Store.Table(AccountTable.LogicalName).Count);
        Assert.Equal(org.Store.Table("email").Count + org.Store.Table("phonecall").Count + org.Store.Table("appointment").Count + org.Store.Table("task").Count + org.Store.Table("letter").Count, org.Store.Table("activitypointer").Count);
        Assert.Equal(0, org.Store.Table("cjp_stagetransition").Count);
        Assert.Equal(Enum.GetValues<JourneyStage>().Length, dataset.Accounts().Select(p => p.Stage).Distinct().Count());
    }
}
