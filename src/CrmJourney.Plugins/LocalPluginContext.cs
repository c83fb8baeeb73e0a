using System;
using CrmJourney.Domain.Time;
using Microsoft.Xrm.Sdk;

namespace CrmJourney.Plugins;

/// <summary>
/// The <see cref="ILocalPluginContext"/> built from Dataverse's service provider for one execution.
/// A missing service means the host is broken, not the user's data, so it is reported as such.
/// </summary>
internal sealed class LocalPluginContext : ILocalPluginContext
{
    private readonly IServiceProvider _serviceProvider;

    public LocalPluginContext(IServiceProvider serviceProvider)
    {
        _serviceProvider = serviceProvider;
        PluginExecutionContext = GetService<IPluginExecutionContext>(serviceProvider);
        TracingService = GetService<ITracingService>(serviceProvider);
        var factory = GetService<IOrganizationServiceFactory>(serviceProvider);
        OrganizationService = factory.CreateOrganizationService(PluginExecutionContext.UserId);
        SystemOrganizationService = factory.CreateOrganizationService(null);
        Clock = new ExecutionContextClock(PluginExecutionContext);
    }

    public IPluginExecutionContext PluginExecutionContext { get; }

    public IOrganizationService OrganizationService { get; }

    public IOrganizationService SystemOrganizationService { get; }

    public ITracingService TracingService { get; }

    public IClock Clock { get; }

    public T? OptionalService<T>()
        where T : class =>
        _serviceProvider.GetService(typeof(T)) as T;

    public void Trace(string message) => TracingService.Trace("{0}", message);

    private static T GetService<T>(IServiceProvider serviceProvider)
        where T : class =>
        serviceProvider.GetService(typeof(T)) as T
        ?? throw new InvalidPluginExecutionException($"The plugin host supplied no {typeof(T).Name}; the plugin cannot run without it.");
}
