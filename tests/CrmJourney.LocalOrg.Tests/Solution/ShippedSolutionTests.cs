using System.Linq;
using CrmJourney.LocalOrg.Metadata;
using CrmJourney.LocalOrg.Solution;
using CrmJourney.LocalOrg.Storage;

namespace CrmJourney.LocalOrg.Tests.Solution;

/// <summary>Facts from the schema table in solution-package/README.md, checked against the shipped files.</summary>
public sealed class ShippedSolutionTests
{
    private static readonly SolutionMetadata _solution = SolutionMetadata.Read(RepositoryRoot.SolutionSrc);

    private static readonly MetadataCatalog _catalog = MetadataCatalog.Empty.With(StandardTables.All).WithSolution(_solution);

    private static ColumnDefinition Column(string table, string column) => _catalog.FindTable(table)!.FindColumn(column)!;

    [Fact]
    public void The_solution_has_the_six_custom_tables_and_the_four_extended_standard_tables()
    {
        var names = _solution.Tables.Select(table => table.LogicalName).ToArray();

        Assert.Equal(
            new[] { "account", "cjp_engagement", "cjp_nurturelog", "cjp_nurturerule", "cjp_referral", "cjp_serviceline", "cjp_stagetransition", "lead", "opportunity", "task" },
            names);
    }

    [Fact]
    public void Engagement_account_is_a_lookup_to_account()
    {
        var column = Column("cjp_engagement", "cjp_accountid");

        Assert.Equal(ColumnType.Lookup, column.Type);
        Assert.Equal(new[] { "account" }, column.Targets);
    }

    [Fact]
    public void Nurture_rule_stages_is_a_multi_select_of_the_four_journey_stages()
    {
        var column = Column("cjp_nurturerule", "cjp_stages");

        Assert.Equal(ColumnType.MultiChoice, column.Type);
        Assert.Equal(new[] { 573100000, 573100001, 573100002, 573100003 }, column.AllowedValues!.OrderBy(value => value));
    }

    [Fact]
    public void Service_line_is_organization_owned_with_an_alternate_key_on_its_code()
    {
        var table = _catalog.FindTable("cjp_serviceline")!;

        var key = Assert.Single(table.AlternateKeys);
        Assert.Equal("cjp_servicelinecode", key.Name);
        Assert.Equal(new[] { "cjp_code" }, key.Columns);
        Assert.Equal(TableOwnership.Organization, table.Ownership);
        Assert.Null(table.FindColumn("ownerid"));
        Assert.Equal(20, table.FindColumn("cjp_code")!.MaxLength);
    }

    [Fact]
    public void Account_gains_the_relationship_partner_lookup_and_keeps_its_standard_columns()
    {
        var account = _catalog.FindTable("account")!;

        Assert.Equal(new[] { "systemuser" }, account.FindColumn("cjp_relationshippartnerid")!.Targets);
        Assert.Equal(ColumnType.String, account.FindColumn("name")!.Type);
        Assert.Equal("accountid", account.PrimaryIdColumn);
        Assert.False(account.IsExtension);
    }

    [Fact]
    public void Extended_standard_tables_carry_only_their_cjp_columns()
    {
        var opportunity = _solution.FindTable("opportunity")!;

        Assert.True(opportunity.IsExtension);
        Assert.Equal(
            new[] { "cjp_referralchannel", "cjp_referredbyaccountid", "cjp_referredbycontactid", "cjp_servicelineid" },
            opportunity.Columns.Select(column => column.LogicalName).OrderBy(name => name));
    }

    [Fact]
    public void Revisit_on_is_date_only_and_stage_entered_on_keeps_the_time()
    {
        Assert.True(Column("account", "cjp_revisiton").DateOnly);
        Assert.False(Column("account", "cjp_stageenteredon").DateOnly);
        Assert.Equal(ColumnType.DateTime, Column("account", "cjp_stageenteredon").Type);
    }

    [Fact]
    public void Custom_tables_have_the_standard_active_and_inactive_states()
    {
        var engagement = _catalog.FindTable("cjp_engagement")!;

        Assert.Equal(new[] { 0, 1 }, engagement.States.Select(state => state.Value));
        Assert.Equal(1, engagement.FindState(0)!.DefaultStatusReason);
        Assert.Equal(2, engagement.FindState(1)!.DefaultStatusReason);
        Assert.Equal("Active", engagement.FindState(0)!.Name);
    }

    [Fact]
    public void Custom_tables_have_their_primary_id_and_cjp_name_as_primary_name()
    {
        var engagement = _catalog.FindTable("cjp_engagement")!;

        Assert.Equal("cjp_engagementid", engagement.PrimaryIdColumn);
        Assert.Equal("cjp_name", engagement.PrimaryNameColumn);
        Assert.Equal(200, engagement.FindColumn("cjp_name")!.MaxLength);
        Assert.Equal(TableOwnership.UserOrTeam, engagement.Ownership);
        Assert.Equal(new[] { "systemuser", "team" }, engagement.FindColumn("ownerid")!.Targets);
    }

    [Fact]
    public void Column_types_follow_the_schema_table()
    {
        Assert.Equal(ColumnType.Money, Column("cjp_engagement", "cjp_value").Type);
        Assert.Equal(ColumnType.Integer, Column("cjp_engagement", "cjp_satisfaction").Type);
        Assert.True(Column("cjp_engagement", "cjp_startedon").DateOnly);
        Assert.Equal(ColumnType.Boolean, Column("cjp_nurturerule", "cjp_sendemail").Type);
        Assert.Equal(ColumnType.Memo, Column("cjp_nurturelog", "cjp_reason").Type);
        Assert.Equal(4000, Column("cjp_nurturelog", "cjp_reason").MaxLength);
        Assert.Equal(new[] { "team" }, Column("cjp_nurturerule", "cjp_assigneeteamid").Targets);
        Assert.Equal(new[] { "cjp_nurturerule" }, Column("task", "cjp_nurtureruleid").Targets);
    }

    [Fact]
    public void Choices_take_their_values_from_the_global_choice()
    {
        var status = Column("cjp_engagement", "cjp_status");

        Assert.Equal(ColumnType.Choice, status.Type);
        Assert.Equal(new[] { 573100000, 573100001, 573100002, 573100003 }, status.AllowedValues!.OrderBy(value => value));
        // Engagement started … Imported, and Created (an account entering the journey on its creation).
        Assert.Equal(8, Column("cjp_stagetransition", "cjp_trigger").AllowedValues!.Count);
    }

    [Fact]
    public void Platform_columns_LocalOrg_does_not_model_are_left_out()
    {
        var engagement = _catalog.FindTable("cjp_engagement")!;

        Assert.Null(engagement.FindColumn("owningbusinessunit"));
        Assert.Null(engagement.FindColumn("transactioncurrencyid"));
        Assert.Null(engagement.FindColumn("cjp_value_base"));
    }

    [Fact]
    public void The_product_relationships_are_read_with_logical_names()
    {
        var relationship = _catalog.FindRelationship("cjp_account_cjp_engagement_accountid")!;

        Assert.Equal(new RelationshipDefinition("cjp_account_cjp_engagement_accountid", "account", "cjp_engagement", "cjp_accountid"), relationship);
        Assert.NotNull(_catalog.FindRelationship("cjp_systemuser_account_relationshippartnerid"));
        Assert.Equal(26, _solution.Relationships.Count(item => item.SchemaName.StartsWith("cjp_", System.StringComparison.Ordinal)));
    }

    [Fact]
    public void The_merged_catalog_is_valid_and_creates_a_store()
    {
        Assert.Empty(_catalog.Validate());

        var store = new DataStore(_catalog);

        Assert.NotNull(store.FindTable("cjp_nurturelog"));
    }
}
