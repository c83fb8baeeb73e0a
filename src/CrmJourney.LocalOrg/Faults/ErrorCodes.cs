namespace CrmJourney.LocalOrg.Faults;

/// <summary>
/// Dataverse's error codes for the failures LocalOrg reproduces (OrganizationServiceFault.ErrorCode).
/// Values are the platform's own (Microsoft.Crm error code list, Microsoft Learn "Web service error
/// codes" and "Service protection API limits"); callers compare against them, so they must not drift.
/// </summary>
public static class ErrorCodes
{
    /// <summary>0x80040203 InvalidArgument: a request argument or a written value is invalid.</summary>
    public const int InvalidArgument = unchecked((int)0x80040203);

    /// <summary>
    /// 0x80040220 PrivilegeDenied (-2147220960): "Principal user is missing privilege…", the privilege check a
    /// request fails before it runs (Learn: "Troubleshoot Dataverse client errors").
    /// </summary>
    public const int PrivilegeDenied = unchecked((int)0x80040220);

    /// <summary>0x80040216 UnExpected: "An unexpected error occurred." Also used for injected transient failures.</summary>
    public const int Unexpected = unchecked((int)0x80040216);

    /// <summary>0x80040217 ObjectDoesNotExist: "{table} With Id = {id} Does Not Exist".</summary>
    public const int ObjectDoesNotExist = unchecked((int)0x80040217);

    /// <summary>0x80048408 InvalidStateCodeStatusCode: the status reason does not belong to the state.</summary>
    public const int InvalidStateCodeStatusCode = unchecked((int)0x80048408);

    /// <summary>0x80040233 InvalidState (-2147220941): the row is not in a state that allows the operation.</summary>
    public const int InvalidState = unchecked((int)0x80040233);

    /// <summary>0x80040237 DuplicateRecord: a row with the same primary key already exists.</summary>
    public const int DuplicateRecord = unchecked((int)0x80040237);

    /// <summary>0x80060892 DuplicateRecordEntityKey: an alternate key's values are already used.</summary>
    public const int DuplicateRecordEntityKey = unchecked((int)0x80060892);

    /// <summary>0x80040265 IsvAborted: a plug-in threw InvalidPluginExecutionException.</summary>
    public const int IsvAborted = unchecked((int)0x80040265);

    /// <summary>
    /// 0x80040224 IsvUnExpected: a plug-in threw something other than InvalidPluginExecutionException
    /// ("An unexpected error occurred from ISV code. (ErrorType = ClientError) Unexpected exception from
    /// plug-in (Execute): …"). The message shape is Dataverse's; the numeric value is from memory.
    /// </summary>
    public const int IsvUnexpected = unchecked((int)0x80040224);

    /// <summary>0x80041103 QueryBuilderNoAttribute: the table has no column with that name.</summary>
    public const int QueryBuilderNoAttribute = unchecked((int)0x80041103);

    /// <summary>0x80041102 QueryBuilderNoEntity: no table with that logical name.</summary>
    public const int QueryBuilderNoEntity = unchecked((int)0x80041102);

    /// <summary>0x80041120 QueryBuilderInvalidConditionOperator: the operator does not apply to the column or values.</summary>
    public const int QueryBuilderInvalidConditionOperator = unchecked((int)0x80041120);

    /// <summary>0x80040315 NotSupported: the message, operator or feature is not supported.</summary>
    public const int NotSupported = unchecked((int)0x80040315);

    /// <summary>
    /// 0x80044182 SdkCorrelationTokenDepthTooHigh: the depth guard stopped a plug-in chain that looks like
    /// an infinite loop. The name is the one FakeXrmEasy asserts on; the numeric value is not confirmed
    /// by a Microsoft page, so callers should rely on the message as well.
    /// </summary>
    public const int InfiniteLoop = unchecked((int)0x80044182);

    /// <summary>0x80072322: service protection, number of requests over the window.</summary>
    public const int ThrottlingRequestCount = unchecked((int)0x80072322);

    /// <summary>0x80072321: service protection, combined execution time over the window.</summary>
    public const int ThrottlingExecutionTime = unchecked((int)0x80072321);

    /// <summary>0x80072326: service protection, concurrent requests.</summary>
    public const int ThrottlingConcurrency = unchecked((int)0x80072326);

    /// <summary>0x80044151 (-2147204783) "Sql error: Execution Timeout Expired", the transient failure clients retry.</summary>
    public const int SqlTimeout = unchecked((int)0x80044151);

    /// <summary>
    /// 0x8004428C: ExecuteMultiple carries more than the 1,000-request batch size. Microsoft's sample
    /// detects this fault by ErrorDetails["MaxBatchSize"], which LocalOrg sets; the numeric code is not
    /// confirmed by a Microsoft page.
    /// </summary>
    public const int ExecuteMultipleBatchSizeExceeded = unchecked((int)0x8004428C);
}
