using System;
using System.ServiceModel;
using CrmJourney.LocalOrg.Faults;
using CrmJourney.LocalOrg.Metadata;
using CrmJourney.LocalOrg.Storage;
using Microsoft.Xrm.Sdk;

namespace CrmJourney.LocalOrg.Tests.Storage;

public sealed class DataStoreTests
{
    private static readonly TableDefinition _widget =
        TableDefinition.Create("cjp_widget", "cjp_widgetid", "cjp_name", TableOwnership.Organization)
            .WithColumns(
                ColumnDefinition.String("cjp_code", 5),
                ColumnDefinition.Money("cjp_value"),
                ColumnDefinition.Choice("cjp_kind", 1, 2),
                ColumnDefinition.DateOnlyColumn("cjp_day"),
                ColumnDefinition.DateTime("cjp_at"),
                ColumnDefinition.Lookup("cjp_accountid", "account"))
            .WithAlternateKey("cjp_widgetcode", "cjp_code");

    private static DataStore NewStore() => new(MetadataCatalog.Empty.With(StandardTables.All).With(_widget));

    [Fact]
    public void A_value_of_the_wrong_type_faults_naming_table_column_and_value()
    {
        var store = NewStore();
        var table = store.Table("cjp_widget");

        var fault = Assert.Throws<FaultException<OrganizationServiceFault>>(
            () => RowCodec.ToStored(store, table, table.Definition.FindColumn("cjp_kind")!, 1));

        Assert.Equal(ErrorCodes.InvalidArgument, fault.Detail.ErrorCode);
        Assert.Contains("cjp_widget.cjp_kind", fault.Detail.Message);
        Assert.Contains("System.Int32", fault.Detail.Message);
    }

    [Fact]
    public void A_lookup_to_a_missing_row_faults_with_object_does_not_exist()
    {
        var store = NewStore();
        var table = store.Table("cjp_widget");
        var missing = Guid.NewGuid();

        var fault = Assert.Throws<FaultException<OrganizationServiceFault>>(
            () => RowCodec.ToStored(store, table, table.Definition.FindColumn("cjp_accountid")!, new EntityReference("account", missing)));

        Assert.Equal(ErrorCodes.ObjectDoesNotExist, fault.Detail.ErrorCode);
        Assert.StartsWith($"account With Id = {missing:D} Does Not Exist", fault.Detail.Message);
    }

    [Fact]
    public void A_lookup_to_a_table_it_does_not_target_faults()
    {
        var store = NewStore();
        var table = store.Table("cjp_widget");

        var fault = Assert.Throws<FaultException<OrganizationServiceFault>>(
            () => RowCodec.ToStored(store, table, table.Definition.FindColumn("cjp_accountid")!, new EntityReference("contact", Guid.NewGuid())));

        Assert.Contains("cjp_widget.cjp_accountid", fault.Detail.Message);
        Assert.Contains("'contact'", fault.Detail.Message);
    }

    [Fact]
    public void A_choice_value_outside_the_allowed_values_faults()
    {
        var store = NewStore();
        var table = store.Table("cjp_widget");

        var fault = Assert.Throws<FaultException<OrganizationServiceFault>>(
            () => RowCodec.ToStored(store, table, table.Definition.FindColumn("cjp_kind")!, new OptionSetValue(3)));

        Assert.Contains("outside the valid range", fault.Detail.Message);
    }

    [Fact]
    public void Text_longer_than_the_column_allows_faults()
    {
        var store = NewStore();
        var table = store.Table("cjp_widget");

        var fault = Assert.Throws<FaultException<OrganizationServiceFault>>(
            () => RowCodec.ToStored(store, table, table.Definition.FindColumn("cjp_code")!, "ABCDEF"));

        Assert.Contains("maximum allowed length of '5'", fault.Detail.Message);
    }

    [Fact]
    public void Date_only_columns_drop_the_time_and_date_time_columns_drop_milliseconds()
    {
        var store = NewStore();
        var table = store.Table("cjp_widget");

        var day = RowCodec.ToStored(store, table, table.Definition.FindColumn("cjp_day")!, new DateTime(2026, 3, 4, 15, 30, 0, DateTimeKind.Utc));
        var at = RowCodec.ToStored(store, table, table.Definition.FindColumn("cjp_at")!, new DateTime(2026, 3, 4, 15, 30, 12, 789, DateTimeKind.Utc));

        Assert.Equal(new DateTime(2026, 3, 4, 0, 0, 0, DateTimeKind.Utc), day);
        Assert.Equal(new DateTime(2026, 3, 4, 15, 30, 12, DateTimeKind.Utc), at);
    }

    [Fact]
    public void Reading_a_money_value_twice_gives_two_independent_instances()
    {
        var store = NewStore();
        var column = store.Table("cjp_widget").Definition.FindColumn("cjp_value")!;

        var first = (Money)RowCodec.ToSdk(store, column, 12.5m);
        first.Value = 99m;
        var second = (Money)RowCodec.ToSdk(store, column, 12.5m);

        Assert.Equal(12.5m, second.Value);
    }

    [Fact]
    public void An_unknown_table_faults_with_the_metadata_cache_message()
    {
        var store = NewStore();

        var fault = Assert.Throws<FaultException<OrganizationServiceFault>>(() => store.Table("cjp_nothing"));

        Assert.Equal(ErrorCodes.QueryBuilderNoEntity, fault.Detail.ErrorCode);
        Assert.Contains("'cjp_nothing'", fault.Detail.Message);
    }
}
