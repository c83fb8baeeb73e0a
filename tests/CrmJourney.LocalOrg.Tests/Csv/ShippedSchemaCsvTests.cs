using System;
using CrmJourney.LocalOrg.Csv;
using CrmJourney.LocalOrg.Metadata;
using CrmJourney.LocalOrg.Solution;
using CrmJourney.LocalOrg.Storage;
using CrmJourney.LocalOrg.Tests.Solution;

namespace CrmJourney.LocalOrg.Tests.Csv;

/// <summary>The CSV format against the schema that ships: the solution reader and the importer together.</summary>
public sealed class ShippedSchemaCsvTests
{
    private const string User = "3d000000-0000-0000-0000-000000000004";
    private const string Account = "1a000000-0000-0000-0000-000000000001";
    private const string Tax = "5a000000-0000-0000-0000-000000000001";
    private const string Engagement = "6e000000-0000-0000-0000-000000000001";
    private const string Rule = "7a000000-0000-0000-0000-000000000001";

    private static readonly MetadataCatalog _catalog = MetadataCatalog.Empty.With(StandardTables.All).WithSolution(RepositoryRoot.SolutionSrc);

    private static CsvSource[] Demo(string engagementStartedOn = "2026-01-15", string secondLogWindow = "2026-W28") => new[]
    {
        CsvSource.FromText("systemuser.csv", $"systemuserid,fullname\n{User},Pat Partner\n"),
        CsvSource.FromText("account.csv", $"accountid,name,cjp_journeystage,cjp_relationshippartnerid,cjp_revisiton\n{Account},Contoso,573100001,{User},2026-09-01\n"),
        CsvSource.FromText("cjp_serviceline.csv", $"cjp_servicelineid,cjp_name,cjp_code\n{Tax},Tax advisory,TAX\n"),
        CsvSource.FromText(
            "cjp_engagement.csv",
            $"cjp_engagementid,cjp_name,cjp_accountid,cjp_servicelineid,cjp_status,cjp_startedon,cjp_value,ownerid\n{Engagement},Tax 2026,{Account},{Tax},573100001,{engagementStartedOn},25000.00,systemuser:{User}\n"),
        CsvSource.FromText("cjp_nurturerule.csv", $"cjp_nurtureruleid,cjp_name,cjp_ruletype,cjp_stages,cjp_sendemail\n{Rule},Quiet clients,573100000,573100001;573100002,true\n"),
        CsvSource.FromText(
            "cjp_nurturelog.csv",
            $"cjp_nurturelogid,cjp_name,cjp_nurtureruleid,cjp_accountid,cjp_window\n8a000000-0000-0000-0000-000000000001,first,{Rule},{Account},2026-W28\n8a000000-0000-0000-0000-000000000002,second,{Rule},{Account},{secondLogWindow}\n"),
    };

    [Fact]
    public void A_demo_folder_for_the_shipped_tables_loads()
    {
        var store = new DataStore(_catalog);

        var result = CsvImporter.Import(store, Demo(secondLogWindow: "2026-W29"));

        Assert.True(result.Succeeded, result.ToString());
        var engagements = store.Table("cjp_engagement");
        Assert.True(engagements.TryGet(Guid.Parse(Engagement), out var row));
        Assert.Equal(new DateTime(2026, 1, 15, 0, 0, 0, DateTimeKind.Utc), row[engagements.OrdinalOf("cjp_startedon")]);
        Assert.Equal(new StoredReference("cjp_serviceline", Guid.Parse(Tax)), row[engagements.OrdinalOf("cjp_servicelineid")]);
        Assert.Equal(0, row[engagements.OrdinalOf("statecode")]);
        Assert.Equal(2, store.Table("cjp_nurturelog").Count);
    }

    [Fact]
    public void A_date_in_another_format_is_reported_at_the_date_only_column()
    {
        var store = new DataStore(_catalog);

        var result = CsvImporter.Import(store, Demo(engagementStartedOn: "15/01/2026", secondLogWindow: "2026-W29"));

        Assert.Equal(
            "cjp_engagement.csv:2:6: '15/01/2026' is not a date — write dates as 2026-07-03 or 2026-07-03T14:05:00Z",
            Assert.Single(result.Problems).ToString());
        Assert.All(store.Tables, table => Assert.Equal(0, table.Count));
    }

    [Fact]
    public void The_nurture_log_firing_key_refuses_the_same_rule_account_and_window_twice()
    {
        var store = new DataStore(_catalog);

        var result = CsvImporter.Import(store, Demo());

        Assert.Equal(
            $"cjp_nurturelog.csv:3:3: alternate key cjp_nurturelogfiring: cjp_nurtureruleid '{Rule}', cjp_accountid '{Account}', cjp_window '2026-W28' is already used on line 2 — key values must be unique",
            Assert.Single(result.Problems).ToString());
        Assert.All(store.Tables, table => Assert.Equal(0, table.Count));
    }
}
