using System.Linq;
using CrmJourney.LocalOrg.Metadata;

namespace CrmJourney.LocalOrg.Tests.Metadata;

public sealed class MetadataCatalogTests
{
    [Fact]
    public void Extension_columns_merge_into_the_standard_table_declared_in_code()
    {
        var extension = TableDefinition.Extension("account")
            .WithColumns(ColumnDefinition.Integer("cjp_touchpointcount"), ColumnDefinition.Choice("cjp_tier", 573100000, 573100001, 573100002));

        var catalog = MetadataCatalog.Empty.With(StandardTables.All).With(extension);

        var account = catalog.FindTable("account")!;
        Assert.False(account.IsExtension);
        Assert.Equal("accountid", account.PrimaryIdColumn);
        Assert.Equal("name", account.PrimaryNameColumn);
        Assert.Equal(ColumnType.Integer, account.FindColumn("cjp_touchpointcount")!.Type);
        Assert.Equal(ColumnType.Lookup, account.FindColumn("ownerid")!.Type);
        Assert.Empty(catalog.Validate());
    }

    [Fact]
    public void An_extension_merged_before_its_table_is_declared_still_yields_the_full_table()
    {
        var extension = TableDefinition.Extension("account").WithColumns(ColumnDefinition.Integer("cjp_referralcount"));

        var catalog = MetadataCatalog.Empty.With(StandardTables.Platform).With(extension).With(StandardTables.Account);

        var account = catalog.FindTable("account")!;
        Assert.Equal("accountid", account.PrimaryIdColumn);
        Assert.NotNull(account.FindColumn("cjp_referralcount"));
        Assert.NotNull(account.FindColumn("name"));
    }

    [Fact]
    public void An_extension_without_a_table_definition_is_reported_by_validation()
    {
        var catalog = MetadataCatalog.Empty.With(StandardTables.Platform).With(TableDefinition.Extension("cjp_orphan").WithColumns(ColumnDefinition.Integer("cjp_count")));

        var problem = Assert.Single(catalog.Validate());

        Assert.Contains("cjp_orphan", problem);
    }

    [Fact]
    public void A_lookup_to_an_undeclared_table_is_reported_by_validation()
    {
        var table = TableDefinition.Create("cjp_widget", "cjp_widgetid", "cjp_name", TableOwnership.Organization)
            .WithColumns(ColumnDefinition.Lookup("cjp_accountid", "account"));

        var problems = MetadataCatalog.Empty.With(StandardTables.Platform).With(table).Validate();

        Assert.Contains(problems, problem => problem.Contains("cjp_widget.cjp_accountid") && problem.Contains("'account'"));
    }

    [Fact]
    public void Adding_a_table_leaves_the_original_catalog_unchanged()
    {
        var before = MetadataCatalog.Empty.With(StandardTables.Platform);

        var after = before.With(StandardTables.Account);

        Assert.Null(before.FindTable("account"));
        Assert.NotNull(after.FindTable("account"));
    }

    [Fact]
    public void A_user_owned_table_gets_the_platform_columns_and_an_organization_owned_table_has_no_owner()
    {
        var userOwned = TableDefinition.Create("cjp_a", "cjp_aid", "cjp_name", TableOwnership.UserOrTeam);
        var orgOwned = TableDefinition.Create("cjp_b", "cjp_bid", "cjp_name", TableOwnership.Organization);

        Assert.Equal(new[] { "systemuser", "team" }, userOwned.FindColumn("ownerid")!.Targets);
        Assert.Null(orgOwned.FindColumn("ownerid"));
        Assert.All(new[] { "createdon", "modifiedon", "createdby", "modifiedby", "cjp_bid" }, column => Assert.NotNull(orgOwned.FindColumn(column)));
    }

    [Fact]
    public void Task_states_carry_the_real_status_reasons_with_not_started_as_the_open_default()
    {
        var task = StandardTables.Task;

        Assert.Equal(new[] { 0, 1, 2 }, task.States.Select(state => state.Value));
        Assert.Equal(2, task.FindState(0)!.DefaultStatusReason);
        Assert.Equal(new[] { 5 }, task.FindState(1)!.StatusReasons);
        Assert.Equal(new[] { 6 }, task.FindState(2)!.StatusReasons);
        Assert.Equal(new[] { "account", "contact", "lead", "opportunity" }, task.FindColumn("regardingobjectid")!.Targets);
    }

    [Fact]
    public void Redeclaring_a_column_replaces_it_in_place()
    {
        var table = TableDefinition.Create("cjp_a", "cjp_aid", "cjp_name", TableOwnership.Organization)
            .WithColumns(ColumnDefinition.String("cjp_code", 10))
            .WithColumns(ColumnDefinition.String("cjp_code", 20));

        var code = Assert.Single(table.Columns, column => column.LogicalName == "cjp_code");

        Assert.Equal(20, code.MaxLength);
    }
}
