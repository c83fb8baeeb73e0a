using System;

namespace Microsoft.Xrm.Sdk;

/// <summary>
/// A plugin: Dataverse calls <see cref="Execute"/> for each registered step. One instance is cached
/// and may run on many threads at once, so implementations keep no mutable state.
/// </summary>
public interface IPlugin
{
    /// <summary>Runs the step; the provider supplies the execution context, tracing and organization services.</summary>
    void Execute(IServiceProvider serviceProvider);
}
