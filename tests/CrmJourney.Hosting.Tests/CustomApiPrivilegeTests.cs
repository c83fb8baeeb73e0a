using System;
using System.Linq;
using System.ServiceModel;
using CrmJourney.Domain.Time;
using CrmJourney.LocalOrg;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace CrmJourney.Hosting.Tests;

/// <summary>
/// Who may start the nurture sweep in the product organization: the shipped roles read from the solution, the
/// sweep's execute privilege from its customapi.xml, checked by LocalOrg before the sweep runs.
/// </summary>
public sealed class CustomApiPrivilegeTests
{
    private static readonly DateTime _now = new(2026, 11, 20, 6, 0, 0, DateTimeKind.Utc);
    private static readonly Guid _journeyUser = new("0e0e0e0e-0000-4000-8000-000000000001");
    private static readonly Guid _rulesAdministrator = new("0e0e0e0e-0000-4000-8000-000000000002");

    private static LocalOrganization OrganizationWithAQuietClient()
    {
        var org = ProductOrganization.Create(new ProductOrganizationOptions { Clock = new FixedClock(_now) });
        org.Create(new Entity("systemuser", _journeyUser) { ["fullname"] = "Jo User" });
        org.Create(new Entity("systemuser", _rulesAdministrator) { ["fullname"] = "Ravi Rules" });
        org.Security.AssignRole(_journeyUser, "Journey user");
        org.Security.AssignRole(_rulesAdministrator, "Journey rules administrator");
        org.Create(new Entity("cjp_nurturerule")
        {
            ["cjp_name"] = "Quiet clients",
            ["cjp_ruletype"] = new OptionSetValue(573100000),
            ["cjp_stages"] = new OptionSetValueCollection { new OptionSetValue(573100002) },
            ["cjp_thresholddays"] = 90,
            ["cjp_cooldowndays"] = 30,
            ["cjp_dueindays"] = 7,
            ["cjp_assigneetype"] = new OptionSetValue(573100000),
            ["cjp_tasksubject"] = "Check in with {account.name}",
            ["cjp_taskdescription"] = "{reason}",
            ["cjp_priority"] = new OptionSetValue(573100001),
        });
        org.Create(new Entity("account")
        {
            ["name"] = "Quiet Ltd",
            ["cjp_journeystage"] = new OptionSetValue(573100002),
            ["cjp_lasttouchpointon"] = _now.AddDays(-200),
        });
        return org;
    }

    private static int Tasks(LocalOrganization org) => org.RetrieveMultiple(new QueryExpression("task")).Entities.Count;

    [Fact]
    public void Of_the_shipped_roles_only_the_rules_administrator_may_run_the_sweep()
    {
        var org = ProductOrganization.Create();

        Assert.Equal(new[] { "Journey rules administrator" }, org.Security.RolesGranting("prvWritecjp_nurturerule"));
        Assert.Equal(new[] { "Journey rules administrator", "Journey user" }, org.Security.Roles.Select(r => r.Name).OrderBy(n => n, StringComparer.Ordinal));
    }

    [Fact]
    public void A_journey_user_who_starts_the_sweep_is_refused_in_one_sentence_and_nothing_is_written()
    {
        var org = OrganizationWithAQuietClient();

        var fault = Assert.Throws<FaultException<OrganizationServiceFault>>(() =>
            org.CreateOrganizationService(_journeyUser).Execute(new OrganizationRequest(ProductOrganization.SweepApiName)));

        Assert.Equal(unchecked((int)0x80040220), fault.Detail.ErrorCode);
        Assert.Equal(
            "You cannot run cjp_RunNurtureSweep: it needs the prvWritecjp_nurturerule privilege, which none of your security roles grants; ask an administrator for the \"Journey rules administrator\" security role.",
            fault.Detail.Message);
        Assert.Equal(0, Tasks(org));
        Assert.Empty(org.RetrieveMultiple(new QueryExpression("cjp_nurturelog")).Entities);
    }

    [Fact]
    public void A_journey_user_cannot_preview_either_because_a_dry_run_is_the_same_API()
    {
        var org = OrganizationWithAQuietClient();

        Assert.Throws<FaultException<OrganizationServiceFault>>(() =>
            org.CreateOrganizationService(_journeyUser).Execute(new OrganizationRequest(ProductOrganization.SweepApiName) { ["DryRun"] = true }));
    }

    [Fact]
    public void The_rules_administrator_runs_the_sweep_and_it_creates_the_task()
    {
        var org = OrganizationWithAQuietClient();

        var response = org.CreateOrganizationService(_rulesAdministrator).Execute(new OrganizationRequest(ProductOrganization.SweepApiName));

        Assert.Equal(true, response["Completed"]);
        Assert.Equal(1, Tasks(org));
    }
}
