using System.ServiceModel;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;

namespace CrmJourney.LocalOrg.Messages;

/// <summary>
/// ExecuteMultiple: runs each request in order, each in its own transaction. With ContinueOnError a
/// failed request is reported and the rest still run; without it the batch stops at the first fault.
/// Responses carry the successes only when ReturnResponses is set, and the faults always.
/// </summary>
public sealed class ExecuteMultipleHandler : IMessageHandler
{
    /// <inheritdoc />
    public string MessageName => "ExecuteMultiple";

    /// <inheritdoc />
    public MessageTarget Describe(OrganizationRequest request) => MessageTarget.None;

    /// <inheritdoc />
    public OrganizationResponse Execute(MessageExecution execution)
    {
        var requests = Batches.Requests(execution.InputParameters, MessageName);
        var settings = Parameters.Required<ExecuteMultipleSettings>(execution.InputParameters, "Settings");
        var responses = new ExecuteMultipleResponseItemCollection();
        var faulted = false;
        for (var index = 0; index < requests.Count; index++)
        {
            try
            {
                var nested = Batches.NestedBatchFault(requests[index], MessageName);
                if (nested != null)
                {
                    throw nested;
                }

                var response = execution.ExecuteChild(requests[index]);
                if (settings.ReturnResponses)
                {
                    responses.Add(new ExecuteMultipleResponseItem { RequestIndex = index, Response = response });
                }
            }
            catch (FaultException<OrganizationServiceFault> fault)
            {
                faulted = true;
                responses.Add(new ExecuteMultipleResponseItem { RequestIndex = index, Fault = fault.Detail });
                if (!settings.ContinueOnError)
                {
                    break;
                }
            }
        }

        execution.OutputParameters["IsFaulted"] = faulted;
        execution.OutputParameters["Responses"] = responses;
        return execution.Respond(new ExecuteMultipleResponse());
    }
}
