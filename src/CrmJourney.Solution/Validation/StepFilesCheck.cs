using System;
using System.Collections.Generic;
using System.Linq;

namespace CrmJourney.Solution.Validation;

/// <summary>
/// Step files on their own: the file is named after the step id, the step names a table, and its
/// filtering and image columns exist on that table (a misspelt filtering column makes the step never
/// fire, a misspelt image column makes the import fail). When the folder registers plugin assemblies
/// (PluginAssemblies/*.dll.data.xml), the step's plugin type must be one of their types.
/// </summary>
public sealed class StepFilesCheck : ISolutionCheck
{
    /// <inheritdoc />
    public void Check(SolutionFolder folder, ICollection<SolutionProblem> problems)
    {
        ArgumentNullException.ThrowIfNull(folder);
        ArgumentNullException.ThrowIfNull(problems);
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

            if (registeredTypes.Count > 0 && step.PluginTypeName.Length > 0 && !registeredTypes.Contains(step.PluginTypeName))
            {
                problems.Add(new SolutionProblem(step.Path, $"plugin type {step.PluginTypeName} is not registered in any {SolutionPaths.PluginAssembliesFolder} file of the folder; register the class or fix PluginTypeName."));
            }

            if (step.PrimaryEntity.Length == 0 || step.PrimaryEntity.Equals("none", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            var columns = folder.ColumnsOf(step.PrimaryEntity);
            if (columns == null)
            {
                continue;
            }

            Report(step, "filtering column", step.FilteringAttributes, columns, problems);
            Report(step, "pre-image column", step.PreImageAttributes ?? Array.Empty<string>(), columns, problems);
            Report(step, "post-image column", step.PostImageAttributes ?? Array.Empty<string>(), columns, problems);
        }
    }

    private static void Report(StepFile step, string what, IReadOnlyList<string> used, IReadOnlySet<string> columns, ICollection<SolutionProblem> problems)
    {
        foreach (var column in used.Where(c => !columns.Contains(c)))
        {
            problems.Add(new SolutionProblem(step.Path, $"{what} {column} does not exist on table {step.PrimaryEntity.ToLowerInvariant()}; fix the name or add the column to the table."));
        }
    }
}
