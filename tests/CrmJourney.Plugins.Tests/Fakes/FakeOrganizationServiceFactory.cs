using System;
using System.Collections.Generic;
using System.ServiceModel;
using Microsoft.Xrm.Sdk;

namespace CrmJourney.Plugins.Tests.Fakes;

/// <summary>Hands out <see cref="FakeOrganizationService"/>s and remembers for whom.</summary>
public sealed class FakeOrganizationServiceFactory : IOrganizationServiceFactory
{
    public FaultException<OrganizationServiceFault>? Fault { get; set; }

    public List<Guid?> RequestedUsers { get; } = [];

    public IOrganizationService CreateOrganizationService(Guid? userId)
    {
        RequestedUsers.Add(userId);
        return new FakeOrganizationService(userId, Fault);
    }
}
