using System.Linq;
using System.Reflection;
using Microsoft.Crm.Sdk.Messages;

namespace Microsoft.Xrm.Sdk.StandIn.Tests;

/// <summary>The two SDK assemblies these tests compiled against (the stand-in by default, the real SDK with -p:XrmSdkCoreDir).</summary>
internal static class SdkAssemblies
{
    /// <summary>Microsoft.Xrm.Sdk.</summary>
    public static Assembly XrmSdk => typeof(Entity).Assembly;

    /// <summary>Microsoft.Crm.Sdk.Proxy.</summary>
    public static Assembly Proxy => typeof(SetStateRequest).Assembly;

    /// <summary>"StandIn" or "Real": what this test assembly was compiled against (XrmSdkUnderTest in src/build/XrmSdk.targets).</summary>
    public static string UnderTest =>
        typeof(SdkAssemblies).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "XrmSdkUnderTest").Value!;

    /// <summary>The identity both real assemblies carry (../shared/reference/README.md).</summary>
    public const string PublicKeyToken = "31bf3856ad364e35";

    /// <summary>Their assembly version.</summary>
    public const string Version = "9.0.0.0";
}
