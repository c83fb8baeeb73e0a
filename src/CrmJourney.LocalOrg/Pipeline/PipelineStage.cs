namespace CrmJourney.LocalOrg.Pipeline;

/// <summary>
/// The event pipeline stages a step can run in, with Dataverse's numbers (IPluginExecutionContext.Stage).
/// PreValidation runs before the database transaction, PreOperation and PostOperation inside it.
/// </summary>
public enum PipelineStage
{
    /// <summary>10: before the transaction and before security checks.</summary>
    PreValidation = 10,

    /// <summary>20: inside the transaction, before the main operation; changes to Target reach the write.</summary>
    PreOperation = 20,

    /// <summary>40: inside the transaction (sync) or after commit (async), after the main operation.</summary>
    PostOperation = 40,
}
