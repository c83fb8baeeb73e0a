using System;
using System.Reflection;

namespace Microsoft.Xrm.Sdk.StandIn.Tests.Identity;

/// <summary>
/// The SDK assemblies the product compiles against carry the real SDK's identities, so what is built
/// against them references exactly what Dataverse loads. Holds for the stand-in (public-signed with the
/// real public key) and for the real assemblies (-p:XrmSdkCoreDir); the last test tells the two apart.
/// </summary>
public sealed class SdkIdentityTests
{
    [Theory]
    [InlineData("Microsoft.Xrm.Sdk")]
    [InlineData("Microsoft.Crm.Sdk.Proxy")]
    public void Each_SDK_assembly_has_the_real_name_version_neutral_culture_and_public_key_token(string name)
    {
        var identity = Assembly(name).GetName();

        Assert.Equal(name, identity.Name);
        Assert.Equal(new Version(SdkAssemblies.Version), identity.Version);
        Assert.Equal(string.Empty, identity.CultureName);
        Assert.Equal(SdkAssemblies.PublicKeyToken, Convert.ToHexString(identity.GetPublicKeyToken()!).ToLowerInvariant());
        Assert.Equal($"{name}, Version=9.0.0.0, Culture=neutral, PublicKeyToken=31bf3856ad364e35", identity.FullName);
    }

    [Fact]
    public void The_proxy_builds_on_the_Xrm_Sdk_assembly_under_test()
    {
        Assert.Contains(SdkAssemblies.Proxy.GetReferencedAssemblies(), r => r.FullName == SdkAssemblies.XrmSdk.GetName().FullName);
    }

    [Fact]
    public void The_assemblies_under_test_are_the_ones_this_build_mode_names()
    {
        var company = SdkAssemblies.XrmSdk.GetCustomAttribute<AssemblyCompanyAttribute>()?.Company;

        // The stand-in carries this repository's company; the real assemblies carry Microsoft's.
        if (SdkAssemblies.UnderTest == "StandIn")
        {
            Assert.Equal("CrmJourneyPlugins", company);
        }
        else
        {
            Assert.Equal("Real", SdkAssemblies.UnderTest);
            Assert.True(company != "CrmJourneyPlugins", "The real-SDK build mode compiled against this repository's stand-in: point XrmSdkCoreDir at Microsoft's assemblies (Dataverse.Client's lib/net8.0).");
        }
    }

    private static Assembly Assembly(string name) => name == "Microsoft.Xrm.Sdk" ? SdkAssemblies.XrmSdk : SdkAssemblies.Proxy;
}
