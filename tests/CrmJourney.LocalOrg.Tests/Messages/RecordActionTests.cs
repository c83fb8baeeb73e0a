using System;
using CrmJourney.LocalOrg.Faults;
using CrmJourney.LocalOrg.Pipeline;
using CrmJourney.LocalOrg.Tests.Support;
using Microsoft.Crm.Sdk.Messages;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace CrmJourney.LocalOrg.Tests.Messages;

public sealed class RecordActionTests
{
    private readonly LocalOrganization _org = TestOrganization.Create();

    [Fact]
    public void SetState_moves_a_task_to_completed_with_the_given_reason()
    {
        var id = _org.Create(new Entity("task") { ["subject"] = "Call" });

        _org.Execute(new SetStateRequest { EntityMoniker = new EntityReference("task", id), State = new OptionSetValue(1), Status = new OptionSetValue(5) });

        var task = _org.Retrieve("task", id, new ColumnSet("statecode", "statuscode"));
        Assert.Equal((1, 5), (task.GetAttributeValue<OptionSetValue>("statecode")!.Value, task.GetAttributeValue<OptionSetValue>("statuscode")!.Value));
    }

    [Fact]
    public void SetState_with_status_minus_one_takes_the_states_default_reason()
    {
        var id = _org.Create(new Entity("task") { ["subject"] = "Call" });

        _org.Execute(new SetStateRequest { EntityMoniker = new EntityReference("task", id), State = new OptionSetValue(2), Status = new OptionSetValue(-1) });

        Assert.Equal(6, _org.Retrieve("task", id, new ColumnSet("statuscode")).GetAttributeValue<OptionSetValue>("statuscode")!.Value);
    }

    [Fact]
    public void SetState_with_a_reason_of_another_state_faults()
    {
        var id = _org.Create(new Entity("task") { ["subject"] = "Call" });

        Support.Faults.Expect(
            ErrorCodes.InvalidStateCodeStatusCode,
            () => _org.Execute(new SetStateRequest { EntityMoniker = new EntityReference("task", id), State = new OptionSetValue(1), Status = new OptionSetValue(6) }));
    }

    [Fact]
    public void SetState_steps_receive_the_moniker_as_an_entity_reference()
    {
        object? moniker = null;
        var org = TestOrganization.Builder()
            .AddPluginStep(PluginStep.ForInstance("SetState", "task", PipelineStage.PreOperation, new DelegatePlugin(services => moniker = services.Context.InputParameters["EntityMoniker"])))
            .Build();
        var id = org.Create(new Entity("task") { ["subject"] = "Call" });

        org.Execute(new SetStateRequest { EntityMoniker = new EntityReference("task", id), State = new OptionSetValue(1), Status = new OptionSetValue(5) });

        Assert.Equal(new EntityReference("task", id), moniker);
    }

    [Fact]
    public void Assign_gives_the_row_to_the_assignee()
    {
        var user = _org.Create(new Entity("systemuser") { ["fullname"] = "Dana Partner" });
        var id = _org.Create(new Entity("account") { ["name"] = "Contoso" });

        _org.Execute(new AssignRequest { Target = new EntityReference("account", id), Assignee = new EntityReference("systemuser", user) });

        Assert.Equal(user, _org.Retrieve("account", id, new ColumnSet("ownerid")).GetAttributeValue<EntityReference>("ownerid")!.Id);
    }

    [Fact]
    public void Assign_to_a_user_that_does_not_exist_faults()
    {
        var id = _org.Create(new Entity("account") { ["name"] = "Contoso" });

        Support.Faults.Expect(ErrorCodes.ObjectDoesNotExist, () => _org.Execute(new AssignRequest { Target = new EntityReference("account", id), Assignee = new EntityReference("systemuser", Guid.NewGuid()) }));
    }

    [Fact]
    public void WinOpportunity_marks_it_won_with_the_reason_records_the_close_and_sets_actual_values()
    {
        var clock = new TestClock(new DateTime(2026, 3, 2, 15, 0, 0, DateTimeKind.Utc));
        var org = TestOrganization.Create(clock);
        var id = org.Create(new Entity("opportunity") { ["name"] = "Audit 2026" });

        org.Execute(new WinOpportunityRequest
        {
            OpportunityClose = new Entity("opportunityclose") { ["opportunityid"] = new EntityReference("opportunity", id), ["actualrevenue"] = new Money(12000m), ["subject"] = "Won" },
            Status = new OptionSetValue(3),
        });

        var opportunity = org.Retrieve("opportunity", id, new ColumnSet("statecode", "statuscode", "actualvalue", "actualclosedate"));
        Assert.Equal((1, 3), (opportunity.GetAttributeValue<OptionSetValue>("statecode")!.Value, opportunity.GetAttributeValue<OptionSetValue>("statuscode")!.Value));
        Assert.Equal(12000m, opportunity.GetAttributeValue<Money>("actualvalue")!.Value);
        Assert.Equal(new DateTime(2026, 3, 2, 0, 0, 0, DateTimeKind.Utc), opportunity.GetAttributeValue<DateTime>("actualclosedate"));
        var close = Assert.Single(org.RetrieveMultiple(new QueryExpression("opportunityclose") { ColumnSet = new ColumnSet("statecode", "opportunityid") }).Entities);
        Assert.Equal(1, close.GetAttributeValue<OptionSetValue>("statecode")!.Value);
        Assert.Equal(id, close.GetAttributeValue<EntityReference>("opportunityid")!.Id);
    }

    [Fact]
    public void LoseOpportunity_marks_it_lost_and_steps_on_Lose_see_the_status_requested()
    {
        object? status = null;
        var org = TestOrganization.Builder()
            .AddPluginStep(PluginStep.ForInstance("Lose", "opportunity", PipelineStage.PostOperation, new DelegatePlugin(services => status = services.Context.InputParameters["Status"])))
            .Build();
        var id = org.Create(new Entity("opportunity") { ["name"] = "Tax 2026" });

        org.Execute(new LoseOpportunityRequest
        {
            OpportunityClose = new Entity("opportunityclose") { ["opportunityid"] = new EntityReference("opportunity", id) },
            Status = new OptionSetValue(5),
        });

        var opportunity = org.Retrieve("opportunity", id, new ColumnSet("statecode", "statuscode"));
        Assert.Equal((2, 5), (opportunity.GetAttributeValue<OptionSetValue>("statecode")!.Value, opportunity.GetAttributeValue<OptionSetValue>("statuscode")!.Value));
        Assert.Equal(5, Assert.IsType<OptionSetValue>(status).Value);
    }

    [Fact]
    public void Winning_an_opportunity_that_is_already_closed_faults()
    {
        var id = _org.Create(new Entity("opportunity") { ["name"] = "Done", ["statecode"] = new OptionSetValue(2) });

        Support.Faults.Expect(ErrorCodes.InvalidState, () => _org.Execute(new WinOpportunityRequest
        {
            OpportunityClose = new Entity("opportunityclose") { ["opportunityid"] = new EntityReference("opportunity", id) },
            Status = new OptionSetValue(-1),
        }));
    }

    [Fact]
    public void SendEmail_marks_the_draft_sent_and_returns_its_subject()
    {
        var clock = new TestClock(new DateTime(2026, 4, 1, 8, 0, 0, DateTimeKind.Utc));
        var org = TestOrganization.Create(clock);
        var id = org.Create(new Entity("email") { ["subject"] = "Partner digest" });

        var response = (SendEmailResponse)org.Execute(new SendEmailRequest { EmailId = id, IssueSend = true, TrackingToken = string.Empty });

        var email = org.Retrieve("email", id, new ColumnSet("statecode", "statuscode", "senton"));
        Assert.Equal("Partner digest", response.Subject);
        Assert.Equal((1, 3), (email.GetAttributeValue<OptionSetValue>("statecode")!.Value, email.GetAttributeValue<OptionSetValue>("statuscode")!.Value));
        Assert.Equal(new DateTime(2026, 4, 1, 8, 0, 0, DateTimeKind.Utc), email.GetAttributeValue<DateTime>("senton"));
    }

    [Fact]
    public void WhoAmI_returns_the_calling_user_and_the_organization()
    {
        var user = _org.Create(new Entity("systemuser") { ["fullname"] = "Dana Partner" });

        var response = (WhoAmIResponse)_org.CreateOrganizationService(user).Execute(new WhoAmIRequest());

        Assert.Equal((user, _org.OrganizationId, _org.BusinessUnitId), (response.UserId, response.OrganizationId, response.BusinessUnitId));
    }

    [Fact]
    public void Associate_and_Disassociate_set_and_clear_the_referencing_lookup_of_a_one_to_many_relationship()
    {
        var account = _org.Create(new Entity("account") { ["name"] = "Contoso" });
        var contact = _org.Create(new Entity("contact") { ["fullname"] = "Ann" });
        var related = new EntityReferenceCollection { new EntityReference("contact", contact) };

        _org.Associate("account", account, new Relationship("contact_customer_accounts"), related);
        var afterAssociate = _org.Retrieve("contact", contact, new ColumnSet("parentcustomerid")).GetAttributeValue<EntityReference>("parentcustomerid");
        _org.Disassociate("account", account, new Relationship("contact_customer_accounts"), related);

        Assert.Equal(new EntityReference("account", account), afterAssociate);
        Assert.False(_org.Retrieve("contact", contact, new ColumnSet("parentcustomerid")).Contains("parentcustomerid"));
    }

    [Fact]
    public void Associate_on_a_relationship_the_catalog_does_not_declare_faults_as_not_supported()
    {
        var account = _org.Create(new Entity("account") { ["name"] = "Contoso" });

        var fault = Support.Faults.Expect(
            ErrorCodes.NotSupported,
            () => _org.Associate("account", account, new Relationship("accountleads_association"), new EntityReferenceCollection { new EntityReference("lead", Guid.NewGuid()) }));

        Assert.Contains("'accountleads_association'", fault.Message);
    }
}
