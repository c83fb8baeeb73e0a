namespace Microsoft.Xrm.Sdk;

/// <summary>The execution context of a plugin step, adding its pipeline stage and the parent context.</summary>
public interface IPluginExecutionContext : IExecutionContext
{
    /// <summary>The context of the operation that triggered this one, or null at depth 1.</summary>
    IPluginExecutionContext ParentContext { get; }

    /// <summary>10 pre-validation, 20 pre-operation, 30 main operation, 40 post-operation.</summary>
    int Stage { get; }
}
