using System;
using CrmJourney.Plugins.Registration;
using CrmJourney.Plugins.Tests.Sweep.Samples;

namespace CrmJourney.Plugins.Tests.Sweep;

/// <summary>[CustomApi] declarations are validated with the steps: a bad one fails the catalog, naming the fix.</summary>
public sealed class CustomApiCatalogTests
{
    [Fact]
    public void A_custom_api_whose_plugin_type_id_is_not_a_guid_is_refused()
    {
        var refusal = Assert.Throws<InvalidOperationException>(() => PluginCatalog.FromTypes(new[] { typeof(MalformedIdCustomApiPlugin) }));

        Assert.Contains(
            "CrmJourney.Plugins.Tests.Sweep.Samples.MalformedIdCustomApiPlugin, custom API sample_Malformed: PluginTypeId \"not-a-guid\" is not a Guid; copy the <plugintypeid> of the API's customapi.xml.",
            refusal.Message,
            StringComparison.Ordinal);
    }

    [Fact]
    public void Two_classes_declaring_the_same_custom_api_are_refused()
    {
        var refusal = Assert.Throws<InvalidOperationException>(() => PluginCatalog.FromTypes(new[] { typeof(FirstSharedNameCustomApiPlugin), typeof(SecondSharedNameCustomApiPlugin) }));

        Assert.Contains("Custom API sample_Shared is declared by", refusal.Message, StringComparison.Ordinal);
        Assert.Contains("one class runs each API.", refusal.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_product_catalog_has_the_nurture_sweep_custom_api_and_no_step_for_its_plugin()
    {
        var catalog = PluginCatalog.ForProductPlugins();

        var api = Assert.Single(catalog.CustomApis, a => a.UniqueName == "cjp_RunNurtureSweep");
        Assert.DoesNotContain(catalog.Steps, s => s.PluginType == api.PluginType);
    }
}
