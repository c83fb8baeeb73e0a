using System;
using System.IO;
using System.Linq;
using CrmJourney.Solution.Packing;
using CrmJourney.Solution.Tests.Support;

namespace CrmJourney.Solution.Tests.Packing;

public sealed class PluginAssemblyInspectorTests
{
    // The .NET Framework assemblies a plugin may use (all in every 4.6.2 installation), and the SDK the
    // build compiles against: the stand-in or the real Microsoft.Xrm.Sdk / Microsoft.Crm.Sdk.Proxy.
    private static readonly string[] _framework = { "mscorlib", "System", "System.Core", "System.Runtime.Serialization", "System.ServiceModel", "System.Xml", "System.Xml.Linq" };

    private static readonly string[] _sdk =
    {
        typeof(Microsoft.Xrm.Sdk.IPlugin).Assembly.GetName().Name!,
        typeof(Microsoft.Crm.Sdk.Messages.LoseOpportunityRequest).Assembly.GetName().Name!,
    };

    [Fact]
    public void The_deployable_assembly_references_only_the_framework_and_the_sdk()
    {
        var inspection = PluginAssemblyInspector.Inspect(DeployablePlugin.Bytes(), DeployablePlugin.Path);

        var others = inspection.References.Except(_framework).Except(_sdk).ToList();

        Assert.True(others.Count == 0, "CrmJourney.Plugins.dll (net462) also references " + string.Join(", ", others) + "; Dataverse stores only the plugin assembly, so each of these would be missing at run time.");
    }

    [Fact]
    public void The_deployable_assembly_has_the_domain_compiled_in()
    {
        var inspection = PluginAssemblyInspector.Inspect(DeployablePlugin.Bytes(), DeployablePlugin.Path);

        Assert.Contains("CrmJourney.Domain.Rules.Serialization.NurtureRuleSetJson", inspection.DefinedTypes);
        Assert.Contains("CrmJourney.Domain.Json.JsonValue", inspection.DefinedTypes);
        Assert.Contains("CrmJourney.Plugins.Sweep.RunNurtureSweepPlugin", inspection.DefinedTypes);
        Assert.DoesNotContain("CrmJourney.Domain", inspection.References);
        Assert.DoesNotContain("Newtonsoft.Json", inspection.References);
    }

    [Fact]
    public void A_reference_the_sandbox_does_not_provide_is_reported_as_unavailable()
    {
        // This test assembly references xunit, which no Dataverse sandbox has.
        var path = typeof(PluginAssemblyInspectorTests).Assembly.Location;

        var inspection = PluginAssemblyInspector.Inspect(File.ReadAllBytes(path), path);

        Assert.Contains("xunit.core", inspection.UnavailableReferences);
    }

    [Fact]
    public void Bytes_that_are_not_an_assembly_are_refused_with_a_sentence()
    {
        var refusal = Assert.Throws<InvalidDataException>(() => PluginAssemblyInspector.Inspect(new byte[] { 1, 2, 3, 4 }, "junk.dll"));

        Assert.StartsWith("junk.dll is not", refusal.Message, StringComparison.Ordinal);
    }
}
