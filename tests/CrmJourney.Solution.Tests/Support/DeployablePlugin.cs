using System;
using System.IO;

namespace CrmJourney.Solution.Tests.Support;

/// <summary>
/// The deployable plugin assembly the build copies next to the test binaries (plugin/CrmJourney.Plugins.dll:
/// the signed net462 build of CrmJourney.Plugins, see CrmJourney.Solution.csproj).
/// </summary>
public static class DeployablePlugin
{
    public static string Path { get; } = System.IO.Path.Combine(AppContext.BaseDirectory, "plugin", "CrmJourney.Plugins.dll");

    public static byte[] Bytes() => File.ReadAllBytes(Path);
}
