using System;
using System.IO;
using CrmJourney.Plugins.Registration;
using CrmJourney.Solution.Packing;

namespace CrmJourney.Solution.Tests.Packing;

public sealed class PluginPackageInspectorTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "cjp-inspector-tests", Guid.NewGuid().ToString("N"));

    public PluginPackageInspectorTests()
    {
        Directory.CreateDirectory(_folder);
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void A_package_whose_plugin_assembly_lacks_its_dependent_assemblies_is_not_deployable()
    {
        // This test run's own CrmJourney.Plugins.dll, alone: since issue 10 the stand-in carries the real SDK
        // identities, so it references Microsoft.Xrm.Sdk 9.0.0.0 like a real build, but nothing it needs beyond
        // the SDK and the framework travels with it here.
        var lonePlugin = File.ReadAllBytes(typeof(PluginCatalog).Assembly.Location);
        var nupkg = Path.Combine(_folder, "alone.nupkg");
        FakeNupkg.Write(nupkg, ("lib/net462/CrmJourney.Plugins.dll", lonePlugin));

        var inspection = PluginPackageInspector.Inspect(nupkg, "CrmJourney.Plugins");

        Assert.False(inspection.IsDeployable);
        Assert.Contains("Microsoft.Xrm.Sdk", inspection.References);
        Assert.DoesNotContain("Microsoft.Xrm.Sdk.StandIn", inspection.References);
        Assert.Contains("NOT deployable", inspection.Verdict, StringComparison.Ordinal);
        Assert.Contains("missing from", inspection.Verdict, StringComparison.Ordinal);
    }

    [Fact]
    public void A_package_without_a_net462_build_is_not_deployable()
    {
        var nupkg = Path.Combine(_folder, "net10.nupkg");
        FakeNupkg.Write(nupkg, ("lib/net10.0/CrmJourney.Plugins.dll", new byte[] { 1 }));

        var inspection = PluginPackageInspector.Inspect(nupkg, "CrmJourney.Plugins");

        Assert.False(inspection.IsDeployable);
        Assert.Contains("has no lib/net462/CrmJourney.Plugins.dll", inspection.Verdict, StringComparison.Ordinal);
    }

    [Fact]
    public void A_file_that_is_not_a_zip_is_not_taken_for_a_package()
    {
        var nupkg = Path.Combine(_folder, "text.nupkg");
        File.WriteAllText(nupkg, "not a zip");

        var inspection = PluginPackageInspector.Inspect(nupkg, "CrmJourney.Plugins");

        Assert.False(inspection.IsDeployable);
        Assert.Contains("not a NuGet package", inspection.Verdict, StringComparison.Ordinal);
    }
}
