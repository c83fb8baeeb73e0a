using System;
using CrmJourney.LocalOrg.Pipeline;
using Microsoft.Xrm.Sdk;

namespace CrmJourney.LocalOrg.Services;

/// <summary>
/// The service a plug-in gets from IOrganizationServiceFactory: its calls run through their own
/// pipelines at the plug-in's depth + 1, with the same correlation id, inside the plug-in's
/// transaction when the plug-in is synchronous (so a later failure rolls them back too).
/// </summary>
internal sealed class PluginOrganizationService : OrganizationServiceBase
{
    private readonly LocalOrganization _org;
    private readonly LocalPluginExecutionContext _parent;
    private readonly OperationTransaction? _transaction;
    private readonly Guid _userId;

    public PluginOrganizationService(LocalOrganization org, LocalPluginExecutionContext parent, OperationTransaction? transaction, Guid userId)
    {
        _org = org;
        _parent = parent;
        _transaction = transaction;
        _userId = userId;
    }

    public override OrganizationResponse Execute(OrganizationRequest request) =>
        _org.Executor.Execute(
            request,
            new CallContext(_userId, _parent.InitiatingUserId, _parent.Depth + 1, _parent.CorrelationId, _parent.Mode == 0 ? _transaction : null, _parent));
}
