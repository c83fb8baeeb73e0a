namespace CrmJourney.Plugins.Registration;

/// <summary>The event pipeline stage of a step, with Dataverse's numbers (30, the main operation, takes no plugins).</summary>
public enum PipelineStage
{
    /// <summary>Before the transaction and security checks: for validation that may cancel cheaply.</summary>
    PreValidation = 10,

    /// <summary>Inside the transaction, before the write: for changing the target being written.</summary>
    PreOperation = 20,

    /// <summary>Inside the transaction (synchronous) or after it (asynchronous), after the write: for related writes.</summary>
    PostOperation = 40,
}
