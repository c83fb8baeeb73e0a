using System;
using Microsoft.Xrm.Sdk;

namespace CrmJourney.LocalOrg.Tests.Support;

/// <summary>A plug-in whose body is a lambda over the context, tracing service and organization service.</summary>
internal sealed class DelegatePlugin : IPlugin
{
    private readonly Action<PluginServices> _body;

    public DelegatePlugin(Action<PluginServices> body)
    {
        _body = body;
    }

    public void Execute(IServiceProvider serviceProvider)
    {
        var context = (IPluginExecutionContext)serviceProvider.GetService(typeof(IPluginExecutionContext))!;
        var tracing = (ITracingService)serviceProvider.GetService(typeof(ITracingService))!;
        var factory = (IOrganizationServiceFactory)serviceProvider.GetService(typeof(IOrganizationServiceFactory))!;
        _body(new PluginServices(context, tracing, factory.CreateOrganizationService(context.UserId), factory));
    }
}
