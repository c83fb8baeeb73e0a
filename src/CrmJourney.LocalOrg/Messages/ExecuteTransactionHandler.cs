using System.ServiceModel;
using CrmJourney.LocalOrg.Faults;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;

namespace CrmJourney.LocalOrg.Messages;

/// <summary>
/// ExecuteTransaction: runs the requests in order in one transaction, all or nothing. The first fault
/// undoes every request of the batch and reaches the caller as an ExecuteTransactionFault whose
/// FaultedRequestIndex names the failing request.
/// </summary>
public sealed class ExecuteTransactionHandler : IMessageHandler
{
    /// <inheritdoc />
    public string MessageName => "ExecuteTransaction";

    /// <inheritdoc />
    public MessageTarget Describe(OrganizationRequest request) => MessageTarget.None;

    /// <inheritdoc />
    public OrganizationResponse Execute(MessageExecution execution)
    {
        var requests = Batches.Requests(execution.InputParameters, MessageName);
        var returnResponses = Parameters.OptionalValue<bool>(execution.InputParameters, "ReturnResponses") ?? false;
        var responses = new OrganizationResponseCollection();
        var savepoint = execution.Savepoint;
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
                if (returnResponses)
                {
                    responses.Add(response);
                }
            }
            catch (FaultException<OrganizationServiceFault> fault)
            {
                execution.RollbackTo(savepoint);
                throw OrganizationFaults.Wrap(new ExecuteTransactionFault
                {
                    FaultedRequestIndex = index,
                    ErrorCode = fault.Detail.ErrorCode,
                    Message = fault.Detail.Message,
                    TraceText = fault.Detail.TraceText,
                    Timestamp = fault.Detail.Timestamp,
                    InnerFault = fault.Detail,
                    ErrorDetails = fault.Detail.ErrorDetails,
                });
            }
        }

        execution.OutputParameters["Responses"] = responses;
        return execution.Respond(new ExecuteTransactionResponse());
    }
}
