using System;
using Microsoft.Xrm.Sdk;

namespace CrmJourney.LocalOrg.Pipeline;

/// <summary>The IServiceProvider a plug-in's Execute receives: its context, its tracing service, the service factory and any service the host added.</summary>
internal sealed class PluginServiceProvider : IServiceProvider
{
    private readonly LocalPluginExecutionContext _context;
    private readonly ITracingService _tracing;
    private readonly IOrganizationServiceFactory _factory;
    private readonly LocalOrganization _org;

    public PluginServiceProvider(LocalPluginExecutionContext context, ITracingService tracing, IOrganizationServiceFactory factory, LocalOrganization org)
    {
        _context = context;
        _tracing = tracing;
        _factory = factory;
        _org = org;
    }

    public object? GetService(Type serviceType)
    {
        if (serviceType == typeof(IPluginExecutionContext) || serviceType == typeof(IExecutionContext))
        {
            return _context;
        }

        if (serviceType == typeof(ITracingService))
        {
            return _tracing;
        }

        if (serviceType == typeof(IOrganizationServiceFactory))
        {
            return _factory;
        }

        // A host's extra services (LocalOrganizationBuilder.AddPluginService); Dataverse answers null here.
        return serviceType != null && _org.PluginServices.TryGetValue(serviceType, out var make) ? make(_org, _context) : null;
    }
}
