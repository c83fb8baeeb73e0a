using System;
using System.IO;
using System.Linq;
using CrmJourney.Domain.Time;
using CrmJourney.Plugins.Registration;
using Microsoft.Xrm.Sdk;

namespace CrmJourney.Hosting.Tests;

public sealed class ProductOrganizationTests
{
    private static readonly DateTime _monday = new(2026, 11, 23, 9, 0, 0, DateTimeKind.Utc);

    [Fact]
    public void The_organization_registers_every_step_the_plugin_catalog_declares_with_the_same_ids()
    {
        var catalog = PluginCatalog.ForProductPlugins();

        var org = ProductOrganization.Create();

        Assert.Equal(
            catalog.Steps.Select(s => s.Id).OrderBy(id => id),
            org.PluginSteps.Select(s => s.Id).OrderBy(id => id));
    }

    [Fact]
    public void The_shipped_custom_tables_and_extension_columns_are_in_the_organization()
    {
        var org = ProductOrganization.Create();

        Assert.NotNull(org.Catalog.FindTable("cjp_engagement"));
        Assert.NotNull(org.Catalog.FindTable("account")!.FindColumn("cjp_journeystage"));
        Assert.NotNull(org.Catalog.FindTable("task")!.FindColumn("cjp_nurtureruleid"));
        Assert.Contains(org.Catalog.FindTable("cjp_referral")!.AlternateKeys, key => key.Columns.SequenceEqual(new[] { "cjp_pairkey" }));
    }

    [Fact]
    public void The_schema_is_read_from_the_copy_next_to_the_assembly_whatever_the_current_directory()
    {
        var previous = Directory.GetCurrentDirectory();
        try
        {
            Directory.SetCurrentDirectory(Path.GetTempPath());

            var catalog = ProductSolution.Read(ProductSolution.BundledFolder());

            Assert.NotNull(catalog.FindTable("cjp_nurturelog"));
        }
        finally
        {
            Directory.SetCurrentDirectory(previous);
        }
    }

    [Fact]
    public void The_injected_clock_is_the_organization_clock_and_stamps_created_rows()
    {
        var org = ProductOrganization.Create(new ProductOrganizationOptions { Clock = new FixedClock(_monday) });

        var id = org.Create(new Entity("account") { ["name"] = "Contoso" });

        Assert.Equal(_monday, org.Retrieve("account", id, new Microsoft.Xrm.Sdk.Query.ColumnSet("createdon")).GetAttributeValue<DateTime>("createdon"));
    }

    [Fact]
    public void Auto_drain_runs_async_steps_after_each_request_and_is_off_by_default()
    {
        Assert.False(ProductOrganization.Create().AutoDrainAsync);
        Assert.True(ProductOrganization.Create(new ProductOrganizationOptions { AutoDrainAsync = true }).AutoDrainAsync);
    }
}
