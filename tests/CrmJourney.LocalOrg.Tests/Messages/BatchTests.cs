using System;
using System.Linq;
using CrmJourney.LocalOrg.Faults;
using CrmJourney.LocalOrg.Tests.Support;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;
using Microsoft.Xrm.Sdk.Query;

namespace CrmJourney.LocalOrg.Tests.Messages;

public sealed class BatchTests
{
    private readonly LocalOrganization _org = TestOrganization.Create();

    private static CreateRequest CreateAccount(string name) => new() { Target = new Entity("account") { ["name"] = name } };

    private static UpdateRequest UpdateMissing() => new() { Target = new Entity("account", Guid.NewGuid()) { ["name"] = "ghost" } };

    [Fact]
    public void ExecuteMultiple_with_continue_on_error_runs_every_request_and_reports_the_fault_by_index()
    {
        var request = new ExecuteMultipleRequest
        {
            Settings = new ExecuteMultipleSettings { ContinueOnError = true, ReturnResponses = true },
            Requests = new OrganizationRequestCollection { CreateAccount("one"), UpdateMissing(), CreateAccount("three") },
        };

        var response = (ExecuteMultipleResponse)_org.Execute(request);

        Assert.True(response.IsFaulted);
        Assert.Equal(new[] { 0, 1, 2 }, response.Responses!.Select(item => item.RequestIndex));
        Assert.Equal(ErrorCodes.ObjectDoesNotExist, response.Responses![1].Fault!.ErrorCode);
        Assert.IsType<CreateResponse>(response.Responses[2].Response);
        Assert.Equal(2, _org.RetrieveMultiple(new QueryExpression("account")).Entities.Count);
    }

    [Fact]
    public void ExecuteMultiple_without_continue_on_error_stops_at_the_first_fault_keeping_earlier_requests()
    {
        var request = new ExecuteMultipleRequest
        {
            Settings = new ExecuteMultipleSettings { ContinueOnError = false, ReturnResponses = false },
            Requests = new OrganizationRequestCollection { CreateAccount("one"), UpdateMissing(), CreateAccount("three") },
        };

        var response = (ExecuteMultipleResponse)_org.Execute(request);

        var item = Assert.Single(response.Responses!);
        Assert.Equal(1, item.RequestIndex);
        Assert.NotNull(item.Fault);
        Assert.Equal(new[] { "one" }, _org.RetrieveMultiple(new QueryExpression("account") { ColumnSet = new ColumnSet("name") }).Entities.Select(row => row.GetAttributeValue<string>("name")));
    }

    [Fact]
    public void ExecuteMultiple_with_more_than_a_thousand_requests_faults_before_running_any()
    {
        var requests = new OrganizationRequestCollection();
        for (var index = 0; index < 1001; index++)
        {
            requests.Add(CreateAccount("n" + index));
        }

        var fault = Support.Faults.Expect(
            ErrorCodes.ExecuteMultipleBatchSizeExceeded,
            () => _org.Execute(new ExecuteMultipleRequest { Requests = requests, Settings = new ExecuteMultipleSettings() }));

        Assert.Equal(1000, fault.ErrorDetails["MaxBatchSize"]);
        Assert.Empty(_org.RetrieveMultiple(new QueryExpression("account")).Entities);
    }

    [Fact]
    public void An_ExecuteMultiple_inside_an_ExecuteMultiple_is_reported_as_a_faulted_item()
    {
        var inner = new ExecuteMultipleRequest { Settings = new ExecuteMultipleSettings(), Requests = new OrganizationRequestCollection { CreateAccount("inner") } };
        var request = new ExecuteMultipleRequest
        {
            Settings = new ExecuteMultipleSettings { ContinueOnError = true },
            Requests = new OrganizationRequestCollection { inner, CreateAccount("outer") },
        };

        var response = (ExecuteMultipleResponse)_org.Execute(request);

        var item = Assert.Single(response.Responses!);
        Assert.Equal(0, item.RequestIndex);
        Assert.Contains("cannot contain", item.Fault!.Message);
        Assert.Single(_org.RetrieveMultiple(new QueryExpression("account")).Entities);
    }

    [Fact]
    public void ExecuteTransaction_is_all_or_nothing_and_reports_the_failing_index()
    {
        var request = new ExecuteTransactionRequest
        {
            Requests = new OrganizationRequestCollection { CreateAccount("one"), CreateAccount("two"), UpdateMissing() },
        };

        var exception = Assert.Throws<System.ServiceModel.FaultException<OrganizationServiceFault>>(() => _org.Execute(request));

        var fault = Assert.IsType<ExecuteTransactionFault>(exception.Detail);
        Assert.Equal(2, fault.FaultedRequestIndex);
        Assert.Equal(ErrorCodes.ObjectDoesNotExist, fault.ErrorCode);
        Assert.Empty(_org.RetrieveMultiple(new QueryExpression("account")).Entities);
    }

    [Fact]
    public void ExecuteTransaction_returns_the_responses_in_order_when_asked()
    {
        var request = new ExecuteTransactionRequest { ReturnResponses = true, Requests = new OrganizationRequestCollection { CreateAccount("one"), CreateAccount("two") } };

        var response = (ExecuteTransactionResponse)_org.Execute(request);

        var ids = response.Responses!.Cast<CreateResponse>().Select(item => item.id).ToList();
        Assert.Equal(new[] { "one", "two" }, ids.Select(id => _org.Retrieve("account", id, new ColumnSet("name")).GetAttributeValue<string>("name")));
    }

    [Fact]
    public void CreateMultiple_returns_the_ids_in_order_and_fires_Create_steps_per_item()
    {
        var fired = 0;
        var org = TestOrganization.Builder()
            .AddPluginStep(CrmJourney.LocalOrg.Pipeline.PluginStep.ForInstance("Create", "account", CrmJourney.LocalOrg.Pipeline.PipelineStage.PostOperation, new DelegatePlugin(_ => fired++)))
            .Build();
        var targets = new EntityCollection(new[] { new Entity("account") { ["name"] = "a" }, new Entity("account") { ["name"] = "b" } }) { EntityName = "account" };

        var response = (CreateMultipleResponse)org.Execute(new CreateMultipleRequest { Targets = targets });

        Assert.Equal(2, fired);
        Assert.Equal(new[] { "a", "b" }, response.Ids!.Select(id => org.Retrieve("account", id, new ColumnSet("name")).GetAttributeValue<string>("name")));
    }

    [Fact]
    public void CreateMultiple_is_all_or_nothing()
    {
        var targets = new EntityCollection(new[]
        {
            new Entity("cjp_widget") { ["cjp_code"] = "SAME" },
            new Entity("cjp_widget") { ["cjp_code"] = "same" },
        })
        { EntityName = "cjp_widget" };

        Support.Faults.Expect(ErrorCodes.DuplicateRecordEntityKey, () => _org.Execute(new CreateMultipleRequest { Targets = targets }));

        Assert.Empty(_org.RetrieveMultiple(new QueryExpression("cjp_widget")).Entities);
    }

    [Fact]
    public void CreateMultiple_refuses_items_of_two_tables()
    {
        var targets = new EntityCollection(new[] { new Entity("account"), new Entity("contact") }) { EntityName = "account" };

        var fault = Support.Faults.Expect(ErrorCodes.InvalidArgument, () => _org.Execute(new CreateMultipleRequest { Targets = targets }));

        Assert.Contains("one table", fault.Message);
    }

    [Fact]
    public void UpdateMultiple_updates_every_item_or_none()
    {
        var first = _org.Create(new Entity("account") { ["name"] = "first" });
        var second = _org.Create(new Entity("account") { ["name"] = "second" });
        var failing = new EntityCollection(new[] { new Entity("account", first) { ["name"] = "changed" }, new Entity("account", Guid.NewGuid()) { ["name"] = "ghost" } }) { EntityName = "account" };
        var working = new EntityCollection(new[] { new Entity("account", first) { ["name"] = "1st" }, new Entity("account", second) { ["name"] = "2nd" } }) { EntityName = "account" };

        Support.Faults.Expect(ErrorCodes.ObjectDoesNotExist, () => _org.Execute(new UpdateMultipleRequest { Targets = failing }));
        var afterFailure = _org.Retrieve("account", first, new ColumnSet("name")).GetAttributeValue<string>("name");
        _org.Execute(new UpdateMultipleRequest { Targets = working });

        Assert.Equal("first", afterFailure);
        Assert.Equal("2nd", _org.Retrieve("account", second, new ColumnSet("name")).GetAttributeValue<string>("name"));
    }
}
