using CrmJourney.Domain.Time;
using Microsoft.Xrm.Sdk;

namespace CrmJourney.Plugins;

/// <summary>
/// What a plugin's <see cref="PluginBase.ExecuteCore"/> works with: the execution context, the two
/// organization services, tracing and the operation's clock. Tests hand plugins their own.
/// </summary>
public interface ILocalPluginContext
{
    /// <summary>The step's execution context (message, table, images, parameters).</summary>
    IPluginExecutionContext PluginExecutionContext { get; }

    /// <summary>The organization service acting as the calling user: their security roles apply.</summary>
    IOrganizationService OrganizationService { get; }

    /// <summary>
    /// The organization service acting as SYSTEM: for the product's own bookkeeping rows (journey
    /// history, counters) that the user may not be allowed to write directly.
    /// </summary>
    IOrganizationService SystemOrganizationService { get; }

    /// <summary>The plugin trace log.</summary>
    ITracingService TracingService { get; }

    /// <summary>"Now" for this operation: the context's OperationCreatedOn, never the machine clock.</summary>
    IClock Clock { get; }

    /// <summary>
    /// A service beyond Dataverse's own, when the host offers one (LocalOrg under a cost model offers the
    /// sweep a stopwatch on modeled time); null otherwise, which is what Dataverse answers.
    /// </summary>
    T? OptionalService<T>()
        where T : class;

    /// <summary>Writes one line to the plugin trace log (the text is not a format string).</summary>
    void Trace(string message);
}
