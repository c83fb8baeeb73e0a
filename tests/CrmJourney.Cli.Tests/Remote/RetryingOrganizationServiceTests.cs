using System;
using System.Collections.Generic;
using System.ServiceModel;
using CrmJourney.Cli.Organization;
using CrmJourney.Cli.Remote;
using CrmJourney.Cli.Replay;
using CrmJourney.LocalOrg.Faults;
using Microsoft.Xrm.Sdk;

namespace CrmJourney.Cli.Tests.Remote;

public sealed class RetryingOrganizationServiceTests
{
    private static readonly DateTime _start = new(2026, 3, 2, 9, 0, 0, DateTimeKind.Utc);

    [Fact]
    public void A_throttled_request_waits_the_retry_after_and_then_succeeds()
    {
        var clock = new SimulatedClock(_start);
        var organization = JourneyOrganization.Create(clock);
        organization.Faults.Throttle(2, TimeSpan.FromSeconds(300));
        var waits = new List<TimeSpan>();
        var service = new RetryingOrganizationService(organization, wait => { waits.Add(wait); clock.AdvanceTo(clock.UtcNow + wait); });
        service.Create(new Entity("account") { ["name"] = "First" });
        clock.AdvanceTo(_start.AddSeconds(100));
        service.Create(new Entity("account") { ["name"] = "Second" });

        var third = service.Create(new Entity("account") { ["name"] = "Third" });

        // The window holds two requests; the oldest (t=0) leaves it at t=300, 200 s after the third request at t=100.
        Assert.NotEqual(Guid.Empty, third);
        Assert.Equal(new[] { TimeSpan.FromSeconds(200) }, waits);
        Assert.Equal(1, service.Retries);
    }

    [Fact]
    public void Transient_failures_are_retried_with_doubling_backoff()
    {
        var organization = JourneyOrganization.Create(new SimulatedClock(_start));
        organization.Faults.FailTransiently(1.0, seed: 1, ErrorCodes.SqlTimeout);
        var waits = new List<TimeSpan>();
        var service = new RetryingOrganizationService(organization, wait =>
        {
            waits.Add(wait);
            if (waits.Count == 3)
            {
                organization.Faults.Clear();
            }
        });

        var id = service.Create(new Entity("account") { ["name"] = "Contoso" });

        Assert.NotEqual(Guid.Empty, id);
        Assert.Equal(new[] { TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(2), TimeSpan.FromSeconds(4) }, waits);
    }

    [Fact]
    public void Retries_are_bounded_and_the_last_fault_reaches_the_caller()
    {
        var organization = JourneyOrganization.Create(new SimulatedClock(_start));
        organization.Faults.FailTransiently(1.0, seed: 1);
        var waits = 0;
        var service = new RetryingOrganizationService(organization, _ => waits++, maxAttempts: 3);

        var fault = Assert.Throws<FaultException<OrganizationServiceFault>>(() => service.Create(new Entity("account") { ["name"] = "Contoso" }));

        Assert.Equal(ErrorCodes.Unexpected, fault.Detail.ErrorCode);
        Assert.Equal(2, waits);
    }

    [Fact]
    public void A_fault_that_is_not_transient_is_not_retried()
    {
        var organization = JourneyOrganization.Create(new SimulatedClock(_start));
        var waits = 0;
        var service = new RetryingOrganizationService(organization, _ => waits++);

        var fault = Assert.Throws<FaultException<OrganizationServiceFault>>(() => service.Retrieve("account", Guid.NewGuid(), new Microsoft.Xrm.Sdk.Query.ColumnSet("name")));

        Assert.Equal(ErrorCodes.ObjectDoesNotExist, fault.Detail.ErrorCode);
        Assert.Equal(0, waits);
    }
}
