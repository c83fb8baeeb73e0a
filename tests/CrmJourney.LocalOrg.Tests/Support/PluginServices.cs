using Microsoft.Xrm.Sdk;

namespace CrmJourney.LocalOrg.Tests.Support;

/// <summary>What a test plug-in body works with.</summary>
internal sealed record PluginServices(IPluginExecutionContext Context, ITracingService Tracing, IOrganizationService Service, IOrganizationServiceFactory Factory);
