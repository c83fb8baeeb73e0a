using System;

namespace CrmJourney.LocalOrg.Pipeline;

/// <summary>
/// Who makes a request and from where: the user, the initiating user, the depth, the correlation id
/// shared by every call of one top-level operation, the transaction it joins (null = its own), and the
/// plug-in context that made it (null for a call from outside), and the custom logic it bypasses.
/// </summary>
internal sealed record CallContext(
    Guid UserId,
    Guid InitiatingUserId,
    int Depth,
    Guid CorrelationId,
    OperationTransaction? Transaction,
    LocalPluginExecutionContext? Parent)
{
    /// <summary>The custom logic the request asked not to run; the items of a bulk request inherit it.</summary>
    public BusinessLogicBypass Bypass { get; init; } = BusinessLogicBypass.None;

    /// <summary>True for a request from outside the organization (not from a plug-in).</summary>
    public bool IsExternal => Parent == null && Depth == 1;
}
