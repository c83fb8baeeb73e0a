using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using CrmJourney.Plugins.Registration;
using CrmJourney.Solution.Plugins;
using CrmJourney.Solution.Steps;

namespace CrmJourney.Solution.Validation;

/// <summary>
/// The step files against the [PluginStep] declarations in code, which are the source of truth: every
/// declared step has its file, every file has its declaration (matched by step id), and a file's
/// message, table, stage, mode, filtering columns, images and plugin type equal the declaration's —
/// otherwise the deployed solution would behave differently from what LocalOrg and the tests run.
/// Also: a step file may only name a plugin class the code has.
/// </summary>
public sealed class CodeRegistrationsCheck : ISolutionCheck
{
    private const string Fix = "run 'cjp solution sync' to regenerate the step files from the code";

    private readonly PluginCatalog _catalog;
    private readonly PluginAssemblyDefinition _assembly;

    /// <summary>A check against <paramref name="catalog"/>, whose classes ship in <paramref name="assembly"/>.</summary>
    public CodeRegistrationsCheck(PluginCatalog catalog, PluginAssemblyDefinition assembly)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        ArgumentNullException.ThrowIfNull(assembly);
        _catalog = catalog;
        _assembly = assembly;
    }

    /// <inheritdoc />
    public void Check(SolutionFolder folder, ICollection<SolutionProblem> problems)
    {
        ArgumentNullException.ThrowIfNull(folder);
        ArgumentNullException.ThrowIfNull(problems);
        var knownTypes = _catalog.Steps.Select(s => s.PluginType.FullName).OfType<string>().ToHashSet(StringComparer.Ordinal);
        knownTypes.UnionWith(_assembly.PluginTypes.Select(t => t.FullName));

        var files = StepFile.All(folder).ToList();
        var byId = files.Where(f => f.Id != null).GroupBy(f => f.Id!.Value).ToDictionary(g => g.Key, g => g.First());
        foreach (var file in files)
        {
            if (file.PluginTypeName.Length > 0 && !knownTypes.Contains(file.PluginTypeName))
            {
                problems.Add(new SolutionProblem(file.Path, $"plugin type {file.PluginTypeName} does not exist in the plugin catalog; {Fix}, or add the class."));
            }

            if (file.Id is Guid id && _catalog.Steps.All(s => s.Id != id))
            {
                problems.Add(new SolutionProblem(file.Path, $"no [PluginStep] in code has id {{{id:D}}}; {Fix} (it deletes the file), or restore the declaration."));
            }
        }

        foreach (var step in SdkMessages.Exportable(_catalog.Steps))
        {
            if (!byId.TryGetValue(step.Id, out var file))
            {
                problems.Add(new SolutionProblem(SolutionPaths.StepFile(step.Id), $"missing: [PluginStep] on {step.PluginType.FullName} declares this step ({step.Message} of {step.Table ?? "no table"}); {Fix}."));
                continue;
            }

            foreach (var difference in Differences(file, step))
            {
                problems.Add(new SolutionProblem(file.Path, $"drift from the code: {difference} in [PluginStep] on {step.PluginType.FullName}; {Fix}."));
            }
        }
    }

    private static IEnumerable<string> Differences(StepFile file, StepRegistration step)
    {
        if (SdkMessages.TryGetId(step.Message, out var messageId) && file.MessageId != messageId)
        {
            var fileMessage = file.MessageId is Guid id ? SdkMessages.NameOf(id) ?? $"message {{{id:D}}}" : "no message";
            yield return $"the message is {fileMessage} here but {step.Message}";
        }

        var table = step.Table ?? "none";
        if (!string.Equals(file.PrimaryEntity, table, StringComparison.OrdinalIgnoreCase))
        {
            yield return $"the table is {Show(file.PrimaryEntity)} here but {table}";
        }

        if (file.Stage != (int)step.Stage)
        {
            yield return string.Create(CultureInfo.InvariantCulture, $"the stage is {Show(file.Stage)} here but {(int)step.Stage} ({step.Stage})");
        }

        if (file.Mode != (int)step.Mode)
        {
            yield return string.Create(CultureInfo.InvariantCulture, $"the mode is {Show(file.Mode)} here but {(int)step.Mode} ({step.Mode})");
        }

        if (!SameColumns(file.FilteringAttributes, step.FilteringAttributes))
        {
            yield return $"the filtering columns are {Show(file.FilteringAttributes)} here but {Show(step.FilteringAttributes)}";
        }

        if (!SameColumns(file.PreImageAttributes ?? Array.Empty<string>(), step.PreImageAttributes))
        {
            yield return $"the pre-image columns are {Show(file.PreImageAttributes ?? Array.Empty<string>())} here but {Show(step.PreImageAttributes)}";
        }

        if (!SameColumns(file.PostImageAttributes ?? Array.Empty<string>(), step.PostImageAttributes))
        {
            yield return $"the post-image columns are {Show(file.PostImageAttributes ?? Array.Empty<string>())} here but {Show(step.PostImageAttributes)}";
        }

        if (!string.Equals(file.PluginTypeName, step.PluginType.FullName, StringComparison.Ordinal))
        {
            yield return $"the plugin type is {Show(file.PluginTypeName)} here but {step.PluginType.FullName}";
        }
    }

    private static bool SameColumns(IReadOnlyList<string> left, IReadOnlyList<string> right) =>
        left.ToHashSet(StringComparer.OrdinalIgnoreCase).SetEquals(right);

    private static string Show(IReadOnlyList<string> columns) => columns.Count == 0 ? "(none)" : string.Join(",", columns);

    private static string Show(string text) => text.Length == 0 ? "(none)" : text;

    private static string Show(int? number) => number?.ToString(CultureInfo.InvariantCulture) ?? "(none)";
}
