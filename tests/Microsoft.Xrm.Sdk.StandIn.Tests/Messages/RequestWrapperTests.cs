using System;
using Microsoft.Xrm.Sdk.Messages;
using Microsoft.Xrm.Sdk.Query;

namespace Microsoft.Xrm.Sdk.StandIn.Tests.Messages;

public sealed class RequestWrapperTests
{
    [Fact]
    public void A_typed_request_stores_its_properties_under_the_real_parameter_keys()
    {
        var target = new Entity("account");

        var create = new CreateRequest { Target = target };

        Assert.Equal("Create", create.RequestName);
        Assert.Same(target, create.Parameters["Target"]);
        Assert.Same(target, create["Target"]);
    }

    [Fact]
    public void A_typed_request_reads_what_was_written_to_its_parameters()
    {
        var query = new QueryExpression("account");
        var request = new RetrieveMultipleRequest();

        request.Parameters["Query"] = query;

        Assert.Same(query, request.Query);
    }

    [Fact]
    public void A_new_typed_request_has_its_parameters_present_with_empty_values()
    {
        var retrieve = new RetrieveRequest();

        Assert.True(retrieve.Parameters.Contains("Target"));
        Assert.True(retrieve.Parameters.Contains("ColumnSet"));
        Assert.Null(retrieve.Target);
        Assert.Null(retrieve.ColumnSet);
    }

    [Fact]
    public void A_generic_request_and_a_typed_request_carry_the_same_name_and_parameters()
    {
        var target = new EntityReference("account", Guid.NewGuid());
        var columns = new ColumnSet("name");
        var generic = new OrganizationRequest("Retrieve") { ["Target"] = target, ["ColumnSet"] = columns };

        var typed = new RetrieveRequest { Target = target, ColumnSet = columns };

        Assert.Equal(generic.RequestName, typed.RequestName);
        Assert.Equal(generic.Parameters.Count, typed.Parameters.Count);
        foreach (var parameter in generic.Parameters)
        {
            Assert.Same(parameter.Value, typed.Parameters[parameter.Key]);
        }
    }

    [Theory]
    [InlineData(typeof(CreateRequest), "Create")]
    [InlineData(typeof(RetrieveRequest), "Retrieve")]
    [InlineData(typeof(UpdateRequest), "Update")]
    [InlineData(typeof(DeleteRequest), "Delete")]
    [InlineData(typeof(RetrieveMultipleRequest), "RetrieveMultiple")]
    [InlineData(typeof(ExecuteMultipleRequest), "ExecuteMultiple")]
    [InlineData(typeof(ExecuteTransactionRequest), "ExecuteTransaction")]
    [InlineData(typeof(CreateMultipleRequest), "CreateMultiple")]
    [InlineData(typeof(UpdateMultipleRequest), "UpdateMultiple")]
    [InlineData(typeof(UpsertRequest), "Upsert")]
    [InlineData(typeof(AssociateRequest), "Associate")]
    [InlineData(typeof(DisassociateRequest), "Disassociate")]
    [InlineData(typeof(Crm.Sdk.Messages.WinOpportunityRequest), "WinOpportunity")]
    [InlineData(typeof(Crm.Sdk.Messages.LoseOpportunityRequest), "LoseOpportunity")]
    [InlineData(typeof(Crm.Sdk.Messages.SetStateRequest), "SetState")]
    [InlineData(typeof(Crm.Sdk.Messages.AssignRequest), "Assign")]
    [InlineData(typeof(Crm.Sdk.Messages.SendEmailRequest), "SendEmail")]
    [InlineData(typeof(Crm.Sdk.Messages.WhoAmIRequest), "WhoAmI")]
    public void Each_typed_request_carries_the_real_message_name(Type requestType, string messageName)
    {
        var request = (OrganizationRequest)Activator.CreateInstance(requestType)!;

        Assert.Equal(messageName, request.RequestName);
    }

    [Fact]
    public void ExecuteMultiple_keeps_requests_and_settings_under_their_keys()
    {
        var requests = new OrganizationRequestCollection { new CreateRequest { Target = new Entity("task") } };
        var settings = new ExecuteMultipleSettings { ContinueOnError = true, ReturnResponses = false };

        var batch = new ExecuteMultipleRequest { Requests = requests, Settings = settings };

        Assert.Same(requests, batch.Parameters["Requests"]);
        Assert.Same(settings, batch.Parameters["Settings"]);
    }

    [Fact]
    public void Optional_parameters_are_absent_until_set()
    {
        var update = new UpdateRequest { Target = new Entity("account") };
        var transaction = new ExecuteTransactionRequest();

        Assert.False(update.Parameters.Contains("ConcurrencyBehavior"));
        Assert.Equal(ConcurrencyBehavior.Default, update.ConcurrencyBehavior);
        Assert.Null(transaction.ReturnResponses);

        transaction.ReturnResponses = true;
        Assert.Equal(true, transaction.Parameters["ReturnResponses"]);
    }

    [Fact]
    public void Associate_stores_target_relationship_and_related_records()
    {
        var related = new EntityReferenceCollection { new EntityReference("contact", Guid.NewGuid()) };
        var relationship = new Relationship("account_primary_contact");

        var request = new AssociateRequest { Target = new EntityReference("account", Guid.NewGuid()), Relationship = relationship, RelatedEntities = related };

        Assert.Same(relationship, request.Parameters["Relationship"]);
        Assert.Same(related, request.Parameters["RelatedEntities"]);
    }

    [Fact]
    public void Setting_Parameters_to_null_keeps_an_empty_collection()
    {
        var request = new OrganizationRequest("WhoAmI") { Parameters = null! };

        Assert.Empty(request.Parameters);
    }
}
