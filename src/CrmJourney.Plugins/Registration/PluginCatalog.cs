using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using Microsoft.Xrm.Sdk;

namespace CrmJourney.Plugins.Registration;

/// <summary>
/// Every step declared with <see cref="PluginStepAttribute"/> and every custom API declared with
/// <see cref="CustomApiAttribute"/>, validated together: ids must be Guids and unique across the
/// assembly, Update steps must filter, images must be possible at their stage, each custom API name
/// and plugin type id is used once, and each plugin must be a concrete <see cref="IPlugin"/>. One exception lists every problem
/// with the plugin it belongs to, so a bad declaration fails the build's tests, not a deployment.
/// </summary>
public sealed class PluginCatalog
{
    private PluginCatalog(IReadOnlyList<StepRegistration> steps, IReadOnlyList<CustomApiRegistration> customApis)
    {
        Steps = steps;
        CustomApis = customApis;
    }

    /// <summary>The steps, ordered by message, table, stage, rank and plugin name.</summary>
    public IReadOnlyList<StepRegistration> Steps { get; }

    /// <summary>The custom APIs, ordered by unique name.</summary>
    public IReadOnlyList<CustomApiRegistration> CustomApis { get; }

    /// <summary>The catalog of this product's plugins (the CrmJourney.Plugins assembly).</summary>
    public static PluginCatalog ForProductPlugins() => FromAssembly(typeof(PluginCatalog).Assembly);

    /// <summary>The catalog of the plugins declared in <paramref name="assembly"/>.</summary>
    public static PluginCatalog FromAssembly(Assembly assembly)
    {
        if (assembly == null)
        {
            throw new ArgumentNullException(nameof(assembly));
        }

        return FromTypes(assembly.GetTypes());
    }

    /// <summary>The catalog of the plugins among <paramref name="types"/>; throws <see cref="InvalidOperationException"/> listing every invalid declaration.</summary>
    public static PluginCatalog FromTypes(IEnumerable<Type> types)
    {
        var problems = new List<string>();
        var steps = new List<StepRegistration>();
        var customApis = new List<CustomApiRegistration>();
        foreach (var type in types)
        {
            var declarations = type.GetCustomAttributes<PluginStepAttribute>(inherit: false).ToList();
            var api = type.GetCustomAttribute<CustomApiAttribute>(inherit: false);
            if (declarations.Count == 0 && api == null)
            {
                continue;
            }

            if (type.IsAbstract || !typeof(IPlugin).IsAssignableFrom(type))
            {
                problems.Add($"{type.FullName}: only a concrete class implementing IPlugin can declare [PluginStep] or [CustomApi].");
                continue;
            }

            if (!HasConstructorDataverseCanCall(type))
            {
                problems.Add($"{type.FullName}: Dataverse needs a public constructor (string unsecureConfiguration, string secureConfiguration), (string) or (); add one.");
                continue;
            }

            steps.AddRange(declarations.Select(d => StepRegistration.TryCreate(type, d, problems)).OfType<StepRegistration>());
            if (api != null && CustomApiRegistration.TryCreate(type, api, problems) is { } registration)
            {
                customApis.Add(registration);
            }
        }

        foreach (var duplicate in customApis.GroupBy(a => a.UniqueName, StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1))
        {
            problems.Add($"Custom API {duplicate.Key} is declared by {string.Join(" and ", duplicate.Select(a => a.PluginType.FullName))}; one class runs each API.");
        }

        foreach (var duplicate in customApis.GroupBy(a => a.PluginTypeId).Where(g => g.Count() > 1))
        {
            problems.Add($"Plugin type id {duplicate.Key} is used by {string.Join(" and ", duplicate.Select(a => a.PluginType.FullName))}; every plugin type needs its own id.");
        }

        foreach (var duplicate in steps.GroupBy(s => s.Id).Where(g => g.Count() > 1))
        {
            problems.Add($"Step id {duplicate.Key} is used by {string.Join(" and ", duplicate.Select(s => s.Name))}; every step needs its own id.");
        }

        if (problems.Count > 0)
        {
            throw new InvalidOperationException("Invalid plugin step registrations:" + Environment.NewLine + string.Join(Environment.NewLine, problems));
        }

        return new PluginCatalog(steps
            .OrderBy(s => s.Message, StringComparer.Ordinal)
            .ThenBy(s => s.Table, StringComparer.Ordinal)
            .ThenBy(s => s.Stage)
            .ThenBy(s => s.Rank)
            .ThenBy(s => s.PluginType.FullName, StringComparer.Ordinal)
            .ToList()
            .AsReadOnly(),
            customApis.OrderBy(a => a.UniqueName, StringComparer.Ordinal).ToList().AsReadOnly());
    }

    private static bool HasConstructorDataverseCanCall(Type type) =>
        type.GetConstructor(new[] { typeof(string), typeof(string) }) != null
        || type.GetConstructor(new[] { typeof(string) }) != null
        || type.GetConstructor(Type.EmptyTypes) != null;
}
