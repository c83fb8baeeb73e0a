using Microsoft.Xrm.Sdk;

namespace CrmJourney.Cli.Remote;

/// <summary>
/// Connecting to a real organization, in the default (stand-in SDK) build: there is no Dataverse client
/// here, so every attempt is bad input that says which build to use. The NuGet build compiles
/// Remote/NuGet/RemoteConnector.cs instead (chosen in the project file, never with #if).
/// </summary>
public static class RemoteConnector
{
    /// <summary>True when this build can reach a real organization.</summary>
    public const bool Available = false;

    /// <summary>Always refuses: this build has no ServiceClient.</summary>
    public static IOrganizationService Connect(string connectionString) =>
        throw CliFailure.BadInput("--connection needs the NuGet build of cjp, which has the real Dataverse client: build it with 'dotnet build tools/CrmJourney.Cli -p:XrmSdk=NuGet' on a machine that reaches nuget.org, or, where the command offers --data, work on a data folder instead.");
}
