using System;
using CrmJourney.LocalOrg.Costs;
using CrmJourney.LocalOrg.Pipeline;
using CrmJourney.LocalOrg.Tests.Support;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;
using Microsoft.Xrm.Sdk.Query;

namespace CrmJourney.LocalOrg.Tests.Costs;

/// <summary>
/// The modeled clock's arithmetic on small cases worked out by hand from a model with round figures:
/// 50 ms a request, 2 ms a row read, 60 ms a single-row write, 20 ms a bulk row, 10 ms a synchronous step.
/// </summary>
public sealed class DataverseCostModelTests
{
    private static readonly DataverseCostModel _model = new()
    {
        PerRequest = TimeSpan.FromMilliseconds(50),
        PerRowRead = TimeSpan.FromMilliseconds(2),
        PerRowWritten = TimeSpan.FromMilliseconds(60),
        PerRowWrittenInBulk = TimeSpan.FromMilliseconds(20),
        PerSyncPluginStep = TimeSpan.FromMilliseconds(10),
    };

    [Fact]
    public void Without_a_model_the_organization_keeps_no_modeled_time()
    {
        var org = TestOrganization.Create();

        org.Create(new Entity("account"));

        Assert.Null(org.CostModel);
        Assert.Null(org.ModeledClock);
    }

    [Fact]
    public void A_create_costs_one_request_and_one_written_row()
    {
        var org = TestOrganization.Builder().UseCostModel(_model).Build();

        org.Create(new Entity("account"));

        // 50 ms request + 60 ms row = 110 ms.
        Assert.Equal(TimeSpan.FromMilliseconds(110), org.ModeledClock!.Now(LocalOrganization.DefaultUserId));
    }

    [Fact]
    public void A_create_multiple_costs_one_request_and_each_row_at_the_bulk_rate_not_its_items_as_creates()
    {
        var org = TestOrganization.Builder().UseCostModel(_model).Build();
        var targets = new EntityCollection { EntityName = "cjp_widget" };
        targets.Entities.Add(new Entity("cjp_widget") { ["cjp_code"] = "A" });
        targets.Entities.Add(new Entity("cjp_widget") { ["cjp_code"] = "B" });
        targets.Entities.Add(new Entity("cjp_widget") { ["cjp_code"] = "C" });

        org.Execute(new CreateMultipleRequest { Targets = targets });

        // 50 ms request + 3 rows × 20 ms = 110 ms.
        Assert.Equal(TimeSpan.FromMilliseconds(110), org.ModeledClock!.Now(LocalOrganization.DefaultUserId));
    }

    [Fact]
    public void A_query_costs_one_request_and_each_row_it_returns()
    {
        var org = TestOrganization.Builder().UseCostModel(_model).Build();
        org.Import(new[] { new Entity("account", Guid.NewGuid()), new Entity("account", Guid.NewGuid()), new Entity("account", Guid.NewGuid()), new Entity("account", Guid.NewGuid()) });

        var rows = org.RetrieveMultiple(new QueryExpression("account") { ColumnSet = new ColumnSet("name") });

        // 50 ms request + 4 rows × 2 ms = 58 ms (the import is not a request).
        Assert.Equal(4, rows.Entities.Count);
        Assert.Equal(TimeSpan.FromMilliseconds(58), org.ModeledClock!.Now(LocalOrganization.DefaultUserId));
    }

    [Fact]
    public void A_synchronous_step_and_its_nested_request_add_to_the_request_that_triggered_them_which_counts_once()
    {
        var step = PluginStep.ForInstance("Create", "account", PipelineStage.PostOperation, new DelegatePlugin(services => services.Service.Create(new Entity("task") { ["subject"] = "Follow up" })));
        var org = TestOrganization.Builder().UseCostModel(_model).AddPluginStep(step).Build();

        org.Create(new Entity("account"));

        // Account create 50 + 60, the step 10, its task create 50 + 60 = 230 ms; one request from outside.
        var time = org.ModeledClock!.For(LocalOrganization.DefaultUserId);
        Assert.Equal(new ModeledUserTime(TimeSpan.FromMilliseconds(230), TimeSpan.FromMilliseconds(230), 1, TimeSpan.Zero), time);
    }

    [Fact]
    public void An_asynchronous_step_and_its_requests_are_not_charged_to_the_user()
    {
        var step = PluginStep.ForInstance("Create", "account", PipelineStage.PostOperation, new DelegatePlugin(services => services.Service.Create(new Entity("task") { ["subject"] = "Later" })))
            with
        { Mode = StepMode.Asynchronous, Name = "Async follow-up" };
        var org = TestOrganization.Builder().UseCostModel(_model).AddPluginStep(step).Build();

        org.Create(new Entity("account"));
        org.DrainAsync();

        // Only the account create: 50 + 60 = 110 ms.
        Assert.Equal(TimeSpan.FromMilliseconds(110), org.ModeledClock!.Now(LocalOrganization.DefaultUserId));
        Assert.Single(org.SystemJobs());
    }

    [Fact]
    public void Each_user_has_a_clock_of_their_own()
    {
        var org = TestOrganization.Builder().UseCostModel(_model).Build();
        var other = Guid.NewGuid();

        org.CreateOrganizationService(other).Create(new Entity("account"));
        org.Create(new Entity("account"));
        org.Create(new Entity("account"));

        Assert.Equal(TimeSpan.FromMilliseconds(110), org.ModeledClock!.Now(other));
        Assert.Equal(TimeSpan.FromMilliseconds(220), org.ModeledClock.Now(LocalOrganization.DefaultUserId));
    }

    [Fact]
    public void Over_the_request_limit_the_clock_waits_until_the_oldest_request_leaves_the_window()
    {
        var model = _model with { PerRequest = TimeSpan.FromMilliseconds(300), Limits = new ServiceProtectionLimits { Requests = 2, Window = TimeSpan.FromSeconds(1) } };
        var org = TestOrganization.Builder().UseCostModel(model).Build();
        var query = new QueryExpression("account") { ColumnSet = new ColumnSet("name") };

        org.RetrieveMultiple(query);
        org.RetrieveMultiple(query);
        org.RetrieveMultiple(query);

        // Requests start at 0 and 0.3 s; the third (at 0.6 s) finds 2 in the last second and waits until
        // the first leaves at 1.0 s (0.4 s), then runs to 1.3 s. Execution 3 × 0.3 = 0.9 s.
        var time = org.ModeledClock!.For(LocalOrganization.DefaultUserId);
        Assert.Equal(new ModeledUserTime(TimeSpan.FromMilliseconds(1300), TimeSpan.FromMilliseconds(900), 3, TimeSpan.FromMilliseconds(400)), time);
    }

    [Fact]
    public void Over_the_execution_time_limit_the_clock_waits_too()
    {
        var model = _model with { PerRequest = TimeSpan.FromMilliseconds(400), Limits = new ServiceProtectionLimits { ExecutionTime = TimeSpan.FromMilliseconds(700), Window = TimeSpan.FromSeconds(1) } };
        var org = TestOrganization.Builder().UseCostModel(model).Build();
        var query = new QueryExpression("account") { ColumnSet = new ColumnSet("name") };

        org.RetrieveMultiple(query);
        org.RetrieveMultiple(query);
        org.RetrieveMultiple(query);

        // 0–0.4 s and 0.4–0.8 s make 0.8 s ≥ 0.7 s in the window; the third waits until the first leaves
        // (starts at 1.0 s: 0.2 s of waiting) and ends at 1.4 s.
        var time = org.ModeledClock!.For(LocalOrganization.DefaultUserId);
        Assert.Equal(new ModeledUserTime(TimeSpan.FromMilliseconds(1400), TimeSpan.FromMilliseconds(1200), 3, TimeSpan.FromMilliseconds(200)), time);
    }

    [Fact]
    public void Resetting_the_clock_starts_every_user_from_zero()
    {
        var org = TestOrganization.Builder().UseCostModel(_model).Build();
        org.Create(new Entity("account"));

        org.ModeledClock!.Reset();

        Assert.Equal(new ModeledUserTime(TimeSpan.Zero, TimeSpan.Zero, 0, TimeSpan.Zero), org.ModeledClock.For(LocalOrganization.DefaultUserId));
    }

    [Fact]
    public void A_host_service_reaches_plugins_only_when_added()
    {
        object? seen = "not asked";
        var step = PluginStep.ForInstance("Create", "account", PipelineStage.PostOperation, new ServiceAskingPlugin(found => seen = found));
        var without = TestOrganization.Builder().AddPluginStep(step).Build();
        without.Create(new Entity("account"));
        Assert.Null(seen);

        var with = TestOrganization.Builder().AddPluginStep(step).AddPluginService(typeof(Uri), (org, context) => new Uri("https://example.test/" + context.MessageName)).Build();
        with.Create(new Entity("account"));

        Assert.Equal(new Uri("https://example.test/Create"), seen);
    }

    [Fact]
    public void The_default_model_carries_the_published_service_protection_limits()
    {
        var limits = DataverseCostModel.Default.Limits;

        Assert.Equal((6000, TimeSpan.FromMinutes(20), 52, TimeSpan.FromMinutes(5)), (limits.Requests, limits.ExecutionTime, limits.ConcurrentRequests, limits.Window));
    }

    [Fact]
    public void A_negative_time_is_refused_naming_the_figure()
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => _model with { PerRowRead = TimeSpan.FromMilliseconds(-1) });

        Assert.StartsWith("The cost model's PerRowRead must be zero or more", error.Message, StringComparison.Ordinal);
    }

    private sealed class ServiceAskingPlugin(Action<object?> report) : IPlugin
    {
        public void Execute(IServiceProvider serviceProvider) => report(serviceProvider.GetService(typeof(Uri)));
    }
}
