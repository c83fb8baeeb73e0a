namespace CrmJourney.LocalOrg.Pipeline;

/// <summary>The system job (asyncoperation) state and status values LocalOrg records, as Dataverse numbers them.</summary>
public static class AsyncOperationStatus
{
    /// <summary>statecode Completed.</summary>
    public const int CompletedState = 3;

    /// <summary>statuscode Succeeded.</summary>
    public const int Succeeded = 30;

    /// <summary>statuscode Failed.</summary>
    public const int Failed = 31;
}
