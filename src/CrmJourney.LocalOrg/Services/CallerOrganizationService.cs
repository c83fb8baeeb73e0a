using System;
using CrmJourney.LocalOrg.Pipeline;
using Microsoft.Xrm.Sdk;

namespace CrmJourney.LocalOrg.Services;

/// <summary>
/// The service a client outside the organization uses (a test, the CLI), acting as one user: each
/// request is a top-level operation at depth 1 with its own transaction and correlation id.
/// </summary>
public sealed class CallerOrganizationService : OrganizationServiceBase
{
    private readonly LocalOrganization _org;

    internal CallerOrganizationService(LocalOrganization org, Guid userId)
    {
        _org = org;
        UserId = userId;
    }

    /// <summary>The user every request runs as (CallerId).</summary>
    public Guid UserId { get; }

    /// <inheritdoc />
    public override OrganizationResponse Execute(OrganizationRequest request) =>
        _org.ExecuteTopLevel(request, new CallContext(UserId, UserId, 1, Guid.NewGuid(), Transaction: null, Parent: null));
}
