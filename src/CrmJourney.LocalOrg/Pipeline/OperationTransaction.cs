using System.Collections.Generic;
using CrmJourney.LocalOrg.Storage;

namespace CrmJourney.LocalOrg.Pipeline;

/// <summary>
/// The database transaction of one top-level operation: the undo log of every write (nested writes
/// included) and the async work its steps queued, which runs only if the transaction commits.
/// </summary>
internal sealed class OperationTransaction
{
    public UndoLog Undo { get; } = new();

    public List<AsyncWorkItem> PendingAsync { get; } = new();
}
