using System.ServiceModel;
using CrmJourney.LocalOrg.Faults;
using Microsoft.Xrm.Sdk;

namespace CrmJourney.LocalOrg.Messages;

/// <summary>The limits ExecuteMultiple and ExecuteTransaction share: at most 1,000 requests, and no batch inside a batch.</summary>
internal static class Batches
{
    public const int MaxBatchSize = 1000;

    public static OrganizationRequestCollection Requests(ParameterCollection parameters, string message)
    {
        var requests = Parameters.Required<OrganizationRequestCollection>(parameters, "Requests");
        if (requests.Count > MaxBatchSize)
        {
            var fault = OrganizationFaults.Create(
                ErrorCodes.ExecuteMultipleBatchSizeExceeded,
                $"The {message} request contains {requests.Count} requests, more than the maximum batch size of {MaxBatchSize}. Split it into batches of at most {MaxBatchSize}.");
            fault.Detail.ErrorDetails["MaxBatchSize"] = MaxBatchSize;
            throw fault;
        }

        return requests;
    }

    public static FaultException<OrganizationServiceFault>? NestedBatchFault(OrganizationRequest request, string message) =>
        request.RequestName is "ExecuteMultiple" or "ExecuteTransaction" && !(message == "ExecuteMultiple" && request.RequestName == "ExecuteTransaction")
            ? OrganizationFaults.InvalidArgument($"{message} cannot contain a {request.RequestName} request: batches cannot be nested.")
            : null;
}
