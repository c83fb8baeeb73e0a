using System.ServiceModel;
using Microsoft.Xrm.Sdk;

namespace CrmJourney.LocalOrg.Fetch;

/// <summary>Builds the faults the organization service throws, so FetchXML mistakes surface as they do from Dataverse.</summary>
internal static class FetchFaults
{
    public static FaultException<OrganizationServiceFault> Create(int errorCode, string message) =>
        new(new OrganizationServiceFault { ErrorCode = errorCode, Message = message }, new FaultReason(message));
}
