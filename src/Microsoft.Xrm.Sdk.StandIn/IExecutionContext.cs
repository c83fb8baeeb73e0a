using System;

namespace Microsoft.Xrm.Sdk;

/// <summary>
/// What Dataverse tells a plugin about the operation: message, table, users, parameters, images.
/// <see cref="OperationCreatedOn"/> is the operation's time (UTC) and is this product's only clock.
/// </summary>
public interface IExecutionContext
{
    /// <summary>The business unit of the calling user.</summary>
    Guid BusinessUnitId { get; }

    /// <summary>Shared by every step and nested call of one original request; trace it.</summary>
    Guid CorrelationId { get; }

    /// <summary>The nesting depth (1 for a user's request); used by the platform's loop guard.</summary>
    int Depth { get; }

    /// <summary>The user who started the original request.</summary>
    Guid InitiatingUserId { get; }

    /// <summary>The message's parameters (e.g. "Target").</summary>
    ParameterCollection InputParameters { get; }

    /// <summary>Whether running in the offline client.</summary>
    bool IsExecutingOffline { get; }

    /// <summary>Whether the step runs inside the database transaction.</summary>
    bool IsInTransaction { get; }

    /// <summary>Whether replaying offline changes.</summary>
    bool IsOfflinePlayback { get; }

    /// <summary>1 none, 2 sandbox.</summary>
    int IsolationMode { get; }

    /// <summary>The message name, e.g. "Update".</summary>
    string MessageName { get; }

    /// <summary>0 synchronous, 1 asynchronous.</summary>
    int Mode { get; }

    /// <summary>When the operation was created, in UTC.</summary>
    DateTime OperationCreatedOn { get; }

    /// <summary>The async operation id, for asynchronous steps.</summary>
    Guid OperationId { get; }

    /// <summary>The organization's id.</summary>
    Guid OrganizationId { get; }

    /// <summary>The organization's unique name.</summary>
    string OrganizationName { get; }

    /// <summary>The message's results (e.g. "id" after Create), filled after the main operation.</summary>
    ParameterCollection OutputParameters { get; }

    /// <summary>The step registration running this plugin.</summary>
    EntityReference OwningExtension { get; }

    /// <summary>The post-images registered on the step.</summary>
    EntityImageCollection PostEntityImages { get; }

    /// <summary>The pre-images registered on the step.</summary>
    EntityImageCollection PreEntityImages { get; }

    /// <summary>The primary record's id.</summary>
    Guid PrimaryEntityId { get; }

    /// <summary>The primary table's logical name ("none" for unbound messages).</summary>
    string PrimaryEntityName { get; }

    /// <summary>The request id, when the caller set one.</summary>
    Guid? RequestId { get; }

    /// <summary>The secondary table, for relationship messages.</summary>
    string SecondaryEntityName { get; }

    /// <summary>Values passed between steps of the same operation.</summary>
    ParameterCollection SharedVariables { get; }

    /// <summary>The user the step runs as.</summary>
    Guid UserId { get; }
}
