using System;
using Microsoft.Crm.Sdk.Messages;

namespace Microsoft.Xrm.Sdk.StandIn.Tests.Proxy;

public sealed class ProxyMessageTests
{
    [Fact]
    public void WinOpportunity_stores_the_close_activity_and_status_under_their_keys()
    {
        var close = new Entity("opportunityclose");
        var won = new OptionSetValue(3);

        var request = new WinOpportunityRequest { OpportunityClose = close, Status = won };

        Assert.Same(close, request.Parameters["OpportunityClose"]);
        Assert.Same(won, request.Parameters["Status"]);
    }

    [Fact]
    public void SetState_reads_moniker_state_and_status_written_generically()
    {
        var moniker = new EntityReference("task", Guid.NewGuid());
        var request = new SetStateRequest();

        request["EntityMoniker"] = moniker;
        request["State"] = new OptionSetValue(1);
        request["Status"] = new OptionSetValue(5);

        Assert.Same(moniker, request.EntityMoniker);
        Assert.Equal(new OptionSetValue(1), request.State);
        Assert.Equal(new OptionSetValue(5), request.Status);
    }

    [Fact]
    public void Assign_stores_target_and_assignee()
    {
        var assignee = new EntityReference("systemuser", Guid.NewGuid());

        var request = new AssignRequest { Target = new EntityReference("account", Guid.NewGuid()), Assignee = assignee };

        Assert.Same(assignee, request.Parameters["Assignee"]);
    }

    [Fact]
    public void SendEmail_starts_with_every_parameter_present_and_round_trips_them()
    {
        var emailId = Guid.NewGuid();
        var request = new SendEmailRequest();

        Assert.Equal(3, request.Parameters.Count);
        request.EmailId = emailId;
        request.IssueSend = true;

        Assert.Equal(emailId, request.Parameters["EmailId"]);
        Assert.Equal(true, request.Parameters["IssueSend"]);
        Assert.Null(request.TrackingToken);
    }

    [Fact]
    public void WhoAmI_has_no_parameters_and_its_response_reads_the_three_ids()
    {
        var user = Guid.NewGuid();
        var unit = Guid.NewGuid();
        var organization = Guid.NewGuid();

        var response = new WhoAmIResponse { Results = { ["UserId"] = user, ["BusinessUnitId"] = unit, ["OrganizationId"] = organization } };

        Assert.Empty(new WhoAmIRequest().Parameters);
        Assert.Equal(user, response.UserId);
        Assert.Equal(unit, response.BusinessUnitId);
        Assert.Equal(organization, response.OrganizationId);
    }

    [Fact]
    public void SendEmailResponse_reads_the_subject()
    {
        var response = new SendEmailResponse { Results = { ["Subject"] = "Your accounts this week CRM:0001" } };

        Assert.Equal("Your accounts this week CRM:0001", response.Subject);
    }
}
