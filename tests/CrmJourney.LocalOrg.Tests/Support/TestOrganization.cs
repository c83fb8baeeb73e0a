using System;
using CrmJourney.LocalOrg.Metadata;

namespace CrmJourney.LocalOrg.Tests.Support;

/// <summary>
/// Builds organizations for tests: the standard tables plus a small custom table declared in code
/// through the same metadata API the solution reader uses, and a clock fixed at a known instant.
/// </summary>
internal static class TestOrganization
{
    public static readonly DateTime Start = new(2026, 11, 23, 9, 0, 0, DateTimeKind.Utc);

    /// <summary>cjp_widget: a user-owned table with one column of each kind the tests need and an alternate key on cjp_code.</summary>
    public static readonly TableDefinition Widget =
        TableDefinition.Create("cjp_widget", "cjp_widgetid", "cjp_name", TableOwnership.UserOrTeam)
            .WithColumns(
                ColumnDefinition.String("cjp_name", 100),
                ColumnDefinition.String("cjp_code", 20),
                ColumnDefinition.Integer("cjp_count"),
                ColumnDefinition.Money("cjp_value"),
                ColumnDefinition.Decimal("cjp_ratio"),
                ColumnDefinition.Boolean("cjp_active"),
                ColumnDefinition.DateTime("cjp_touchedon"),
                ColumnDefinition.DateOnlyColumn("cjp_day"),
                ColumnDefinition.Choice("cjp_kind", 573100000, 573100001, 573100002),
                ColumnDefinition.MultiChoice("cjp_stages", 573100000, 573100001, 573100002, 573100003),
                ColumnDefinition.Lookup("cjp_accountid", "account"),
                ColumnDefinition.Lookup("cjp_customerid", "account", "contact"))
            .WithStates(new StateDefinition(0, "Active", 1), new StateDefinition(1, "Inactive", 2))
            .WithAlternateKey("cjp_widgetcode", "cjp_code");

    public static LocalOrganizationBuilder Builder(TestClock? clock = null)
    {
        var time = clock ?? new TestClock(Start);
        return LocalOrganization.CreateBuilder()
            .UseStandardTables()
            .AddTable(Widget)
            .AddRelationship(new RelationshipDefinition("cjp_account_cjp_widget_accountid", "account", "cjp_widget", "cjp_accountid"))
            .UseClock(() => time.Now);
    }

    public static LocalOrganization Create(TestClock? clock = null) => Builder(clock).Build();
}
