using System;
using Microsoft.Xrm.Sdk;

namespace CrmJourney.LocalOrg.Pipeline;

/// <summary>The IServiceProvider a plug-in's Execute receives: its context, its tracing service and the service factory.</summary>
internal sealed class PluginServiceProvider : IServiceProvider
{
    private readonly LocalPluginExecutionContext _context;
    private readonly ITracingService _tracing;
    private readonly IOrganizationServiceFactory _factory;

    public PluginServiceProvider(LocalPluginExecutionContext context, ITracingService tracing, IOrganizationServiceFactory factory)
    {
        _context = context;
        _tracing = tracing;
        _factory = factory;
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

        return null;
    }
}
