using System;

namespace CrmJourney.LocalOrg.Messages;

/// <summary>
/// The row a request acts on, known before it runs: it decides which steps fire (by table), which
/// row the pre-image is read from, and how the request is counted. Create knows only the table
/// (and the id when the caller chose one).
/// </summary>
/// <param name="TableName">The primary table, or null for messages without one (WhoAmI, ExecuteMultiple).</param>
/// <param name="Id">The primary row's id, or empty.</param>
public sealed record MessageTarget(string? TableName, Guid Id)
{
    /// <summary>A message with no primary table.</summary>
    public static MessageTarget None { get; } = new(null, Guid.Empty);
}
