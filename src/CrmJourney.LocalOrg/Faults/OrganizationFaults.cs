using System;
using System.ServiceModel;
using Microsoft.Xrm.Sdk;

namespace CrmJourney.LocalOrg.Faults;

/// <summary>
/// Builds the faults LocalOrg throws. Every failure reaches the caller as
/// <see cref="FaultException{OrganizationServiceFault}"/> with Dataverse's error code and a message of
/// the same shape, because the plugins and the CLI catch exactly that type and read ErrorCode.
/// </summary>
public static class OrganizationFaults
{
    /// <summary>A fault with this code and message.</summary>
    public static FaultException<OrganizationServiceFault> Create(int errorCode, string message, string? traceText = null)
    {
        var fault = new OrganizationServiceFault
        {
            ErrorCode = errorCode,
            Message = message,
            Timestamp = DateTime.UtcNow,
            TraceText = traceText,
        };
        return new FaultException<OrganizationServiceFault>(fault, new FaultReason(message));
    }

    /// <summary>Wraps an existing fault detail (ExecuteTransactionFault, for example) so its type reaches the caller.</summary>
    public static FaultException<OrganizationServiceFault> Wrap(OrganizationServiceFault fault) =>
        new(fault, new FaultReason(fault.Message ?? string.Empty));

    /// <summary>The row does not exist: "{table} With Id = {id} Does Not Exist" (ObjectDoesNotExist).</summary>
    public static FaultException<OrganizationServiceFault> RowNotFound(string table, Guid id) =>
        Create(ErrorCodes.ObjectDoesNotExist, $"{table} With Id = {id:D} Does Not Exist");

    /// <summary>A message, operator or feature LocalOrg does not implement; the message names it.</summary>
    public static FaultException<OrganizationServiceFault> NotSupported(string what) =>
        Create(ErrorCodes.NotSupported, $"LocalOrg does not support {what}.");

    /// <summary>A request argument is missing or malformed.</summary>
    public static FaultException<OrganizationServiceFault> InvalidArgument(string message) =>
        Create(ErrorCodes.InvalidArgument, message);
}
