namespace Microsoft.Xrm.Sdk;

/// <summary>The outcome a plugin reports through <see cref="InvalidPluginExecutionException"/>.</summary>
public enum OperationStatus
{
    /// <summary>The operation failed; the transaction rolls back.</summary>
    Failed = 0,

    /// <summary>The operation was canceled.</summary>
    Canceled = 1,

    /// <summary>An asynchronous operation should be retried.</summary>
    Retry = 2,

    /// <summary>An asynchronous operation is suspended.</summary>
    Suspended = 3,

    /// <summary>The operation succeeded.</summary>
    Succeeded = 4,
}
