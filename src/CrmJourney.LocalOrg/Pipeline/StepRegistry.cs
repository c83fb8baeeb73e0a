using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using Microsoft.Xrm.Sdk;

namespace CrmJourney.LocalOrg.Pipeline;

/// <summary>
/// The registered steps, looked up by (message, table) in execution order: stage, then rank, then
/// registration order, which is how Dataverse orders steps of equal rank (by registration). Plug-in
/// instances are created on first use and cached per step.
/// </summary>
internal sealed class StepRegistry
{
    private readonly List<PluginStep> _steps;
    private readonly ConcurrentDictionary<PluginStep, IPlugin> _instances = new(ReferenceEqualityComparer.Instance);
    private readonly ConcurrentDictionary<(string Message, string Table), PluginStep[]> _lookup = new();

    public StepRegistry(IEnumerable<PluginStep> steps)
    {
        _steps = steps.ToList();
    }

    public IReadOnlyList<PluginStep> All => _steps;

    public PluginStep[] For(string message, string? table) => _steps.Count == 0 ? System.Array.Empty<PluginStep>() :
        _lookup.GetOrAdd((message, table ?? string.Empty), key => _steps
            .Select((step, order) => (step, order))
            .Where(pair => string.Equals(pair.step.MessageName, message, StringComparison.OrdinalIgnoreCase)
                && (pair.step.PrimaryEntityName == null || string.Equals(pair.step.PrimaryEntityName, table, StringComparison.Ordinal)))
            .OrderBy(pair => (int)pair.step.Stage)
            .ThenBy(pair => pair.step.Rank)
            .ThenBy(pair => pair.order)
            .Select(pair => pair.step)
            .ToArray());

    public IPlugin InstanceFor(PluginStep step) =>
        _instances.GetOrAdd(step, key => key.PluginFactory(key.UnsecureConfiguration, key.SecureConfiguration));
}
