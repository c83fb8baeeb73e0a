using System;
using System.Linq;
using CrmJourney.LocalOrg.Faults;
using CrmJourney.LocalOrg.Pipeline;
using Microsoft.Xrm.Sdk;

namespace CrmJourney.LocalOrg.Messages;

/// <summary>
/// A custom API's main operation: runs its plug-in (stage 30) with the request's parameters as
/// InputParameters; whatever the plug-in puts in OutputParameters is the response.
/// </summary>
internal sealed class CustomApiHandler : IMessageHandler
{
    private readonly CustomApiDefinition _api;
    private readonly Lazy<IPlugin> _plugin;

    public CustomApiHandler(CustomApiDefinition api)
    {
        _api = api;
        _plugin = new Lazy<IPlugin>(api.PluginFactory);
    }

    public string MessageName => _api.UniqueName;

    public MessageTarget Describe(OrganizationRequest request)
    {
        if (_api.BoundEntityLogicalName == null)
        {
            return MessageTarget.None;
        }

        var target = Parameters.Required<EntityReference>(request.Parameters, "Target");
        return new MessageTarget(target.LogicalName, target.Id);
    }

    public OrganizationResponse Execute(MessageExecution execution)
    {
        // Dataverse checks the execute privilege before the API's plug-in runs, so a refused call writes nothing.
        if (_api.ExecutePrivilegeName is { Length: > 0 } privilege && !execution.Organization.Security.Holds(execution.UserId, privilege))
        {
            var granting = execution.Organization.Security.RolesGranting(privilege);
            var fix = granting.Count == 0
                ? $"ask an administrator for a security role with {privilege}"
                : $"ask an administrator for the {string.Join(" or ", granting.Select(r => "\"" + r + "\""))} security role";
            throw OrganizationFaults.Create(
                ErrorCodes.PrivilegeDenied,
                $"You cannot run {_api.UniqueName}: it needs the {privilege} privilege, which none of your security roles grants; {fix}.");
        }

        execution.RunMainOperationPlugin(_plugin.Value, _api.PluginTypeName);
        return execution.Respond(new OrganizationResponse());
    }
}
