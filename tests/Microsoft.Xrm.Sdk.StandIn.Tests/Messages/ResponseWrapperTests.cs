using System;
using Microsoft.Xrm.Sdk.Messages;

namespace Microsoft.Xrm.Sdk.StandIn.Tests.Messages;

public sealed class ResponseWrapperTests
{
    [Fact]
    public void CreateResponse_reads_the_new_id_from_the_id_result()
    {
        var id = Guid.NewGuid();
        var response = new CreateResponse();

        response.Results["id"] = id;

        Assert.Equal(id, response.id);
    }

    [Fact]
    public void A_response_property_whose_result_is_absent_returns_default()
    {
        Assert.Equal(Guid.Empty, new CreateResponse().id);
        Assert.Null(new RetrieveResponse().Entity);
        Assert.False(new UpsertResponse().RecordCreated);
        Assert.Null(new CreateMultipleResponse().Ids);
    }

    [Fact]
    public void The_indexer_of_a_missing_result_throws_KeyNotFoundException()
    {
        Assert.Throws<System.Collections.Generic.KeyNotFoundException>(() => new CreateResponse()["id"]);
    }

    [Fact]
    public void Typed_responses_read_their_real_result_keys()
    {
        var entity = new Entity("account");
        var page = new EntityCollection();
        var reference = new EntityReference("account", Guid.NewGuid());
        var ids = new[] { Guid.NewGuid(), Guid.NewGuid() };
        var items = new ExecuteMultipleResponseItemCollection { new ExecuteMultipleResponseItem { RequestIndex = 0 } };
        var responses = new OrganizationResponseCollection { new CreateResponse() };

        var retrieve = new RetrieveResponse { Results = { ["Entity"] = entity } };
        var retrieveMultiple = new RetrieveMultipleResponse { Results = { ["EntityCollection"] = page } };
        var upsert = new UpsertResponse { Results = { ["RecordCreated"] = true, ["Target"] = reference } };
        var createMultiple = new CreateMultipleResponse { Results = { ["Ids"] = ids } };
        var executeMultiple = new ExecuteMultipleResponse { Results = { ["IsFaulted"] = true, ["Responses"] = items } };
        var transaction = new ExecuteTransactionResponse { Results = { ["Responses"] = responses } };

        Assert.Same(entity, retrieve.Entity);
        Assert.Same(page, retrieveMultiple.EntityCollection);
        Assert.True(upsert.RecordCreated);
        Assert.Same(reference, upsert.Target);
        Assert.Same(ids, createMultiple.Ids);
        Assert.True(executeMultiple.IsFaulted);
        Assert.Same(items, executeMultiple.Responses);
        Assert.Same(responses, transaction.Responses);
    }

    [Fact]
    public void A_generic_response_can_be_read_through_a_typed_response_by_sharing_its_results()
    {
        var id = Guid.NewGuid();
        var generic = new OrganizationResponse { ResponseName = "Create", ["id"] = id };

        var typed = new CreateResponse { ResponseName = generic.ResponseName, Results = generic.Results };

        Assert.Equal(id, typed.id);
    }
}
