using Microsoft.PowerPlatform.Dataverse.Client;
using Microsoft.Xrm.Sdk;

namespace CrmJourney.Cli.Remote;

/// <summary>
/// Connecting to a real organization through ServiceClient (NuGet build only, selected by the project
/// file). The connection is wrapped in <see cref="RetryingOrganizationService"/> so service-protection
/// limits and transient faults are waited out instead of failing the sweep.
/// </summary>
public static class RemoteConnector
{
    /// <summary>True when this build can reach a real organization.</summary>
    public const bool Available = true;

    /// <summary>A retrying service over a ServiceClient for <paramref name="connectionString"/>; a failed connection is bad input.</summary>
    public static IOrganizationService Connect(string connectionString)
    {
        var client = new ServiceClient(connectionString);
        if (!client.IsReady)
        {
            throw CliFailure.BadInput($"Could not connect with the connection string given ({client.LastError}); check the Url, ClientId and ClientSecret.");
        }

        // ServiceClient retries throttling itself too; ours bounds the total and makes the policy testable.
        client.MaxRetryCount = 0;
        return new RetryingOrganizationService(client);
    }
}
