namespace CrmJourney.Plugins.Registration;

/// <summary>Whether a step runs in the caller's request or later as a system job (Dataverse's numbers).</summary>
public enum ExecutionMode
{
    /// <summary>Runs in the request; a failure cancels the operation.</summary>
    Synchronous = 0,

    /// <summary>Runs after the operation as an asynchronous job; post-operation only.</summary>
    Asynchronous = 1,
}
