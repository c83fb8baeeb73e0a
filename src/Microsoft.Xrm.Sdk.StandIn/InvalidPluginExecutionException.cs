using System;
using System.Runtime.Serialization;

namespace Microsoft.Xrm.Sdk;

/// <summary>
/// The exception a plugin throws to cancel the operation with a message shown to the user. Any other
/// exception type is reported by Dataverse as an unexpected error of the plugin.
/// </summary>
[Serializable]
public sealed class InvalidPluginExecutionException : Exception
{
    /// <summary>A failure with no message.</summary>
    public InvalidPluginExecutionException()
    {
        Status = OperationStatus.Failed;
    }

    /// <summary>A failure with a message the user sees.</summary>
    public InvalidPluginExecutionException(string message)
        : base(message)
    {
        Status = OperationStatus.Failed;
    }

    /// <summary>A failure with a message and the exception that caused it.</summary>
    public InvalidPluginExecutionException(string message, Exception exception)
        : base(message, exception)
    {
        Status = OperationStatus.Failed;
    }

    /// <summary>A failure with a message and the HTTP status the Web API returns.</summary>
    public InvalidPluginExecutionException(string message, PluginHttpStatusCode httpStatus)
        : this(message)
    {
        HttpStatus = httpStatus;
    }

    /// <summary>An outcome with no message.</summary>
    public InvalidPluginExecutionException(OperationStatus status)
        : this(status, string.Empty)
    {
    }

    /// <summary>An outcome with a message.</summary>
    public InvalidPluginExecutionException(OperationStatus status, string message)
        : this(status, 0, message)
    {
    }

    /// <summary>An outcome with an error code (0 keeps the default code) and a message.</summary>
    public InvalidPluginExecutionException(OperationStatus status, int errorCode, string message)
        : this(message)
    {
        Status = status;
        if (errorCode != 0)
        {
            HResult = errorCode;
        }
    }

    /// <summary>An outcome with an error code, a message and the HTTP status the Web API returns.</summary>
    public InvalidPluginExecutionException(OperationStatus status, int errorCode, string message, PluginHttpStatusCode httpStatus)
        : this(status, errorCode, message)
    {
        HttpStatus = httpStatus;
    }

    private InvalidPluginExecutionException(SerializationInfo info, StreamingContext context)
        : base(info, context)
    {
        Status = (OperationStatus)info.GetInt32(nameof(Status));
        HttpStatus = (PluginHttpStatusCode)info.GetInt32(nameof(HttpStatus));
    }

    /// <summary>The outcome reported to the platform.</summary>
    public OperationStatus Status { get; }

    /// <summary>The error code (the exception's HResult).</summary>
    public int ErrorCode => HResult;

    /// <summary>The HTTP status for Web API callers; NotSet lets the platform choose.</summary>
    public PluginHttpStatusCode HttpStatus { get; }

    /// <summary>Adds the status to the serialized exception.</summary>
    public override void GetObjectData(SerializationInfo info, StreamingContext context)
    {
        if (info == null)
        {
            throw new ArgumentNullException(nameof(info));
        }

        info.AddValue(nameof(Status), (int)Status);
        info.AddValue(nameof(HttpStatus), (int)HttpStatus);
        base.GetObjectData(info, context);
    }
}
