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
}
