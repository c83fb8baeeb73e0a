using System;
using CrmJourney.LocalOrg.Faults;
using CrmJourney.LocalOrg.Pipeline;
using CrmJourney.LocalOrg.Security;
using CrmJourney.LocalOrg.Tests.Support;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace CrmJourney.LocalOrg.Tests.Pipeline;

/// <summary>A custom API's execute privilege is checked against the caller's roles before its plug-in runs.</summary>
public sealed class CustomApiPrivilegeTests
{
    private static readonly Guid _runner = new("5a1e5000-0000-4000-8000-000000000001");
    private static readonly Guid _reader = new("5a1e5000-0000-4000-8000-000000000002");
    private static readonly Guid _nobody = new("5a1e5000-0000-4000-8000-000000000003");

    private static LocalOrganization Organization()
    {
        var org = TestOrganization.Builder()
            .AddSecurityRoles(new[]
            {
                new SecurityRole("Rules administrator", new[] { "prvReadcjp_nurturerule", "prvWritecjp_nurturerule" }),
                new SecurityRole("Reader", new[] { "prvReadcjp_nurturerule" }),
            })
            .AddCustomApi(new CustomApiDefinition("cjp_Guarded", null, "Sample.GuardedPlugin", () => new DelegatePlugin(services =>
            {
                services.Service.Create(new Entity("account") { ["name"] = "Written by the API" });
                services.Context.OutputParameters["Done"] = true;
            }), "prvWritecjp_nurturerule"))
            .Build();
        org.Security.AssignRole(_runner, "Rules administrator");
        org.Security.AssignRole(_reader, "Reader");
        return org;
    }

    [Fact]
    public void A_user_whose_roles_lack_the_execute_privilege_is_refused_in_one_sentence_and_nothing_is_written()
    {
        var org = Organization();

        var fault = Support.Faults.Expect(ErrorCodes.PrivilegeDenied, () => org.CreateOrganizationService(_reader).Execute(new OrganizationRequest("cjp_Guarded")));

        Assert.Equal(
            "You cannot run cjp_Guarded: it needs the prvWritecjp_nurturerule privilege, which none of your security roles grants; ask an administrator for the \"Rules administrator\" security role.",
            fault.Message);
        Assert.Empty(org.RetrieveMultiple(new QueryExpression("account")).Entities);
    }

    [Fact]
    public void A_user_with_no_role_at_all_is_refused_too()
    {
        var org = Organization();

        Support.Faults.Expect(ErrorCodes.PrivilegeDenied, () => org.CreateOrganizationService(_nobody).Execute(new OrganizationRequest("cjp_Guarded")));
    }

    [Fact]
    public void A_user_whose_role_grants_the_privilege_runs_the_API()
    {
        var org = Organization();

        var response = org.CreateOrganizationService(_runner).Execute(new OrganizationRequest("cjp_Guarded"));

        Assert.Equal(true, response["Done"]);
        Assert.Single(org.RetrieveMultiple(new QueryExpression("account")).Entities);
    }

    [Fact]
    public void SYSTEM_and_the_administrator_hold_every_privilege()
    {
        var org = Organization();

        org.CreateOrganizationService(null).Execute(new OrganizationRequest("cjp_Guarded"));
        org.Execute(new OrganizationRequest("cjp_Guarded"));

        Assert.Equal(2, org.RetrieveMultiple(new QueryExpression("account")).Entities.Count);
    }

    [Fact]
    public void An_API_without_an_execute_privilege_runs_for_any_user()
    {
        var org = TestOrganization.Builder()
            .AddCustomApi("cjp_Open", new DelegatePlugin(services => services.Context.OutputParameters["Done"] = true))
            .Build();

        var response = org.CreateOrganizationService(_nobody).Execute(new OrganizationRequest("cjp_Open"));

        Assert.Equal(true, response["Done"]);
    }

    [Fact]
    public void Assigning_a_role_the_organization_does_not_have_names_the_roles_it_has()
    {
        var org = Organization();

        var refusal = Assert.Throws<ArgumentException>(() => org.Security.AssignRole(_nobody, "Salesperson"));

        Assert.StartsWith("The organization has no security role named \"Salesperson\"; use one of: Reader, Rules administrator.", refusal.Message, StringComparison.Ordinal);
    }
}
