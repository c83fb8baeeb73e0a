using System;
using System.Linq;
using System.ServiceModel;
using CrmJourney.LocalOrg.Faults;
using CrmJourney.LocalOrg.Pipeline;
using CrmJourney.LocalOrg.Tests.Support;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace CrmJourney.LocalOrg.Tests.Faults;

public sealed class FaultInjectorTests
{
    [Fact]
    public void Throttling_refuses_requests_over_the_limit_with_the_request_count_code_and_a_retry_after()
    {
        var clock = new TestClock(TestOrganization.Start);
        var org = TestOrganization.Create(clock);
        org.Faults.Throttle(requests: 2, window: TimeSpan.FromSeconds(300));
        org.Create(new Entity("account"));
        clock.Advance(TimeSpan.FromSeconds(100));
        org.Create(new Entity("account"));
        clock.Advance(TimeSpan.FromSeconds(50));

        var fault = Support.Faults.Expect(unchecked((int)0x80072322), () => org.Create(new Entity("account")));

        Assert.Equal("Number of requests exceeded the limit of 2 over time window of 300 seconds.", fault.Message);
        Assert.Equal(TimeSpan.FromSeconds(150), fault.ErrorDetails["Retry-After"]);
        org.Faults.Clear();
        Assert.Equal(2, org.RetrieveMultiple(new QueryExpression("account")).Entities.Count);
    }

    [Fact]
    public void Once_the_window_has_passed_requests_are_accepted_again()
    {
        var clock = new TestClock(TestOrganization.Start);
        var org = TestOrganization.Create(clock);
        org.Faults.Throttle(requests: 1, window: TimeSpan.FromMinutes(5));
        org.Create(new Entity("account"));
        Support.Faults.Expect(ErrorCodes.ThrottlingRequestCount, () => org.Create(new Entity("account")));

        clock.Advance(TimeSpan.FromMinutes(5));
        org.Create(new Entity("account"));

        org.Faults.Clear();
        Assert.Equal(2, org.RetrieveMultiple(new QueryExpression("account")).Entities.Count);
    }

    [Theory]
    [InlineData(ThrottlingLimit.ExecutionTime, unchecked((int)0x80072321))]
    [InlineData(ThrottlingLimit.ConcurrentRequests, unchecked((int)0x80072326))]
    public void Each_service_protection_limit_uses_its_own_error_code(ThrottlingLimit limit, int expectedCode)
    {
        var org = TestOrganization.Create();
        org.Faults.Throttle(requests: 0, window: TimeSpan.FromMinutes(5), limit);

        var fault = Support.Faults.Expect(expectedCode, () => org.Create(new Entity("account")));

        Assert.IsType<TimeSpan>(fault.ErrorDetails["Retry-After"]);
    }

    [Fact]
    public void Plugins_nested_calls_are_never_throttled()
    {
        var org = TestOrganization.Builder()
            .AddPluginStep(PluginStep.ForInstance("Create", "account", PipelineStage.PostOperation, new DelegatePlugin(services =>
            {
                for (var index = 0; index < 3; index++)
                {
                    services.Service.Create(new Entity("task") { ["subject"] = "t" + index });
                }
            })))
            .Build();
        org.Faults.Throttle(requests: 1, window: TimeSpan.FromMinutes(5));

        org.Create(new Entity("account"));

        org.Faults.Clear();
        Assert.Equal(3, org.RetrieveMultiple(new QueryExpression("task")).Entities.Count);
    }

    [Fact]
    public void Transient_failures_with_the_same_seed_hit_the_same_requests_and_change_nothing()
    {
        static bool[] Run()
        {
            var org = TestOrganization.Create();
            org.Faults.FailTransiently(rate: 0.3, seed: 42, errorCode: ErrorCodes.SqlTimeout);
            var outcomes = new bool[20];
            for (var index = 0; index < outcomes.Length; index++)
            {
                try
                {
                    org.Create(new Entity("account") { ["name"] = "n" + index });
                    outcomes[index] = true;
                }
                catch (FaultException<OrganizationServiceFault> fault) when (fault.Detail.ErrorCode == ErrorCodes.SqlTimeout)
                {
                    outcomes[index] = false;
                }
            }

            org.Faults.Clear();
            Assert.Equal(outcomes.Count(ok => ok), org.RetrieveMultiple(new QueryExpression("account")).Entities.Count);
            return outcomes;
        }

        var first = Run();
        var second = Run();

        Assert.Equal(first, second);
        Assert.Contains(false, first);
        Assert.Contains(true, first);
    }

    [Fact]
    public void A_transient_failure_rate_outside_zero_to_one_is_refused()
    {
        var org = TestOrganization.Create();

        Assert.Throws<ArgumentOutOfRangeException>(() => org.Faults.FailTransiently(1.5, seed: 1));
    }
}
