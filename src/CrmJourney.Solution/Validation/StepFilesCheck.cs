using System;
using System.Collections.Generic;
using System.Linq;

namespace CrmJourney.Solution.Validation;

/// <summary>
/// Step files on their own: the file is named after the step id, the step names a table, and its
/// filtering and image columns exist on that table (a misspelt filtering column makes the step never
/// fire, a misspelt image column makes the import fail). When the folder holds the plugin assembly a
/// step names (PluginAssemblies/*.dll.data.xml), the step's plugin type must be one of its types;
/// a step on an assembly of another solution cannot be checked.
/// </summary>
public sealed class StepFilesCheck : ISolutionCheck
{
    /// <inheritdoc />
    public void Check(SolutionFolder folder, ICollection<SolutionProblem> problems)
    {
        ArgumentNullException.ThrowIfNull(folder);
        ArgumentNullException.ThrowIfNull(problems);
        var assemblies = folder.DocumentsUnder(SolutionPaths.PluginAssembliesFolder)
            .Select(d => d.Value.Root)
            .Where(r => r?.Name.LocalName == "PluginAssembly")
            .Select(r => AssemblyName((string?)r!.Attribute("FullName")))
            .Where(n => n.Length > 0)
            .ToHashSet(StringComparer.OrdinalIgnoreCase);
        var registeredTypes = folder.DocumentsUnder(SolutionPaths.PluginAssembliesFolder)
            .SelectMany(d => d.Value.Descendants("PluginType"))
            .Select(t => (string?)t.Attribute("Name") ?? ((string?)t.Attribute("AssemblyQualifiedName"))?.Split(',')[0].Trim())
            .OfType<string>()
            .ToHashSet(StringComparer.Ordinal);

        foreach (var step in StepFile.All(folder))
        {
            if (step.Id is not Guid id)
            {
                problems.Add(new SolutionProblem(step.Path, "the step has no SdkMessageProcessingStepId Guid; give it a fixed id."));
            }
            else if (!string.Equals(step.Path, SolutionPaths.StepFile(id), StringComparison.OrdinalIgnoreCase))
            {
                problems.Add(new SolutionProblem(step.Path, $"the file name does not match the step id {{{id:D}}}; rename the file to {SolutionPaths.StepFile(id)}."));
            }

            var stepAssembly = step.PluginAssemblyName;
            var assemblyInFolder = stepAssembly.Length > 0 ? assemblies.Contains(stepAssembly) : assemblies.Count > 0;
            if (assemblyInFolder && step.PluginTypeName.Length > 0 && !registeredTypes.Contains(step.PluginTypeName))
            {
                problems.Add(new SolutionProblem(step.Path, $"plugin type {step.PluginTypeName} is not registered in any {SolutionPaths.PluginAssembliesFolder} file of the folder; register the class or fix PluginTypeName."));
            }

            if (step.PrimaryEntity.Length == 0 || step.PrimaryEntity.Equals("none", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            Report(folder, step, "filtering column", step.FilteringAttributes, problems);
            Report(folder, step, "pre-image column", step.PreImageAttributes ?? Array.Empty<string>(), problems);
            Report(folder, step, "post-image column", step.PostImageAttributes ?? Array.Empty<string>(), problems);
        }
    }

    private static string AssemblyName(string? fullName) => (fullName ?? string.Empty).Split(',')[0].Trim();

    private static void Report(SolutionFolder folder, StepFile step, string what, IReadOnlyList<string> used, ICollection<SolutionProblem> problems)
    {
        foreach (var column in used.Where(c => folder.Column(step.PrimaryEntity, c) == ReferenceState.Missing))
        {
            problems.Add(new SolutionProblem(step.Path, $"{what} {column} does not exist on table {step.PrimaryEntity.ToLowerInvariant()}; fix the name or add the column to the table."));
        }
    }
}
