using System;
using CrmJourney.LocalOrg.Services;
using Microsoft.Xrm.Sdk;

namespace CrmJourney.LocalOrg.Pipeline;

/// <summary>The IOrganizationServiceFactory a plug-in receives: null user means SYSTEM, as in Dataverse.</summary>
internal sealed class PluginServiceFactory : IOrganizationServiceFactory
{
    private readonly LocalOrganization _org;
    private readonly LocalPluginExecutionContext _context;
    private readonly OperationTransaction? _transaction;

    public PluginServiceFactory(LocalOrganization org, LocalPluginExecutionContext context, OperationTransaction? transaction)
    {
        _org = org;
        _context = context;
        _transaction = transaction;
    }

    public IOrganizationService CreateOrganizationService(Guid? userId) =>
        new PluginOrganizationService(_org, _context, _transaction, userId ?? LocalOrganization.SystemUserId);
}
