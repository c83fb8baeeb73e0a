namespace CrmJourney.LocalOrg.Pipeline;

/// <summary>Whether a step runs in the caller's request (0) or as a system job after commit (1), as IExecutionContext.Mode reports it.</summary>
public enum StepMode
{
    /// <summary>0: runs inside the request; an exception fails and rolls back the whole operation.</summary>
    Synchronous = 0,

    /// <summary>1: queued, runs after the operation commits; failures become system-job rows, never the caller's error.</summary>
    Asynchronous = 1,
}
