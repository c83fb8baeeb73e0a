using System;
using System.ServiceModel;
using Microsoft.Xrm.Sdk;

namespace CrmJourney.Plugins;

/// <summary>
/// The base of every plugin: builds the <see cref="ILocalPluginContext"/>, traces entry and exit
/// with the correlation id, and turns an organization-service fault from a nested call into an
/// <see cref="InvalidPluginExecutionException"/> that tells the user what failed. Dataverse caches
/// one instance per step and runs it on many threads, so derived classes keep no mutable state.
/// </summary>
public abstract class PluginBase : IPlugin
{
    /// <summary>Keeps the step's configuration strings (Dataverse passes them to this constructor).</summary>
    protected PluginBase(string? unsecureConfiguration, string? secureConfiguration)
    {
        UnsecureConfiguration = unsecureConfiguration;
        SecureConfiguration = secureConfiguration;
    }

    /// <summary>The step's unsecure configuration, or null.</summary>
    protected string? UnsecureConfiguration { get; }

    /// <summary>The step's secure configuration, or null.</summary>
    protected string? SecureConfiguration { get; }

    /// <inheritdoc />
    public void Execute(IServiceProvider serviceProvider)
    {
        if (serviceProvider == null)
        {
            throw new ArgumentNullException(nameof(serviceProvider));
        }

        var local = new LocalPluginContext(serviceProvider);
        var context = local.PluginExecutionContext;
        var step = $"{GetType().FullName}: message {context.MessageName}, table {context.PrimaryEntityName}, stage {context.Stage}, depth {context.Depth}, correlation id {context.CorrelationId}";
        local.Trace("Entered " + step + ".");
        try
        {
            ExecuteCore(local);
        }
        catch (InvalidPluginExecutionException)
        {
            throw;
        }
        catch (FaultException<OrganizationServiceFault> fault)
        {
            local.Trace("Organization service fault: " + fault.Detail);
            throw new InvalidPluginExecutionException(
                $"Could not complete {context.MessageName} of {context.PrimaryEntityName}: {fault.Detail?.Message ?? fault.Message} "
                + $"Correct the data and try again; if it keeps failing, give your administrator the correlation id {context.CorrelationId}.",
                fault);
        }
        catch (Exception exception)
        {
            local.Trace("Unexpected " + exception.GetType().FullName + ": " + exception);
            throw;
        }
        finally
        {
            local.Trace("Exited " + step + ".");
        }
    }

    /// <summary>The plugin's work: read the context, call the domain, write the result.</summary>
    protected abstract void ExecuteCore(ILocalPluginContext context);
}
