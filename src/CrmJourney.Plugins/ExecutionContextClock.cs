using System;
using CrmJourney.Domain.Time;
using Microsoft.Xrm.Sdk;

namespace CrmJourney.Plugins;

/// <summary>
/// The clock of a plugin execution: the operation's creation time from the execution context.
/// Every step of one operation therefore sees the same "now", retries replay it, and LocalOrg can
/// set it — plugins never read the machine clock.
/// </summary>
public sealed class ExecutionContextClock : IClock
{
    /// <summary>Reads <see cref="IExecutionContext.OperationCreatedOn"/> of <paramref name="context"/>, as UTC.</summary>
    public ExecutionContextClock(IExecutionContext context)
    {
        if (context == null)
        {
            throw new ArgumentNullException(nameof(context));
        }

        var createdOn = context.OperationCreatedOn;

        // Dataverse stores and sends UTC; an Unspecified kind is UTC that lost its marker.
        UtcNow = createdOn.Kind == DateTimeKind.Local ? createdOn.ToUniversalTime() : DateTime.SpecifyKind(createdOn, DateTimeKind.Utc);
    }

    /// <inheritdoc />
    public DateTime UtcNow { get; }
}
