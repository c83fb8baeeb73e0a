using System;
using System.Collections.Generic;
using System.Linq;

namespace CrmJourney.Solution.Validation;

/// <summary>
/// The two files every unpacked solution has (<c>pac solution unpack</c> always writes them):
/// Other/Solution.xml, with a publisher prefix and option value prefix, and Other/Customizations.xml;
/// and the Entity.xml of every table folder, which its views and charts are merged into when packing.
/// </summary>
public sealed class RequiredFilesCheck : ISolutionCheck
{
    /// <inheritdoc />
    public void Check(SolutionFolder folder, ICollection<SolutionProblem> problems)
    {
        ArgumentNullException.ThrowIfNull(folder);
        ArgumentNullException.ThrowIfNull(problems);
        foreach (var required in new[] { SolutionPaths.SolutionManifest, SolutionPaths.Customizations })
        {
            if (!folder.Exists(required))
            {
                problems.Add(new SolutionProblem(required, "missing: every unpacked solution needs this file; restore it from the last 'pac solution unpack' or from source control."));
            }
        }

        var entities = SolutionPaths.Full(folder.Root, SolutionPaths.EntitiesFolder);
        if (System.IO.Directory.Exists(entities))
        {
            foreach (var table in System.IO.Directory.EnumerateDirectories(entities).Select(d => SolutionPaths.Relative(folder.Root, d)).Order(StringComparer.Ordinal))
            {
                var entityFile = $"{table}/{SolutionPaths.EntityFile}";
                if (!folder.Exists(entityFile))
                {
                    problems.Add(new SolutionProblem(entityFile, $"missing: the table folder {table} has no table definition; add the Entity.xml exported with the table, or remove the folder."));
                }
            }
        }

        var manifest = folder.Manifest;
        if (manifest == null)
        {
            if (folder.Document(SolutionPaths.SolutionManifest) != null)
            {
                problems.Add(new SolutionProblem(SolutionPaths.SolutionManifest, "has no ImportExportXml/SolutionManifest element; restore the manifest exported by Dataverse."));
            }

            return;
        }

        if (string.IsNullOrEmpty(manifest.CustomizationPrefix))
        {
            problems.Add(new SolutionProblem(SolutionPaths.SolutionManifest, "the publisher has no CustomizationPrefix; add the publisher's prefix (e.g. <CustomizationPrefix>cjp</CustomizationPrefix>)."));
        }

        if (manifest.OptionValuePrefix == null)
        {
            problems.Add(new SolutionProblem(SolutionPaths.SolutionManifest, "the publisher has no numeric CustomizationOptionValuePrefix; add the publisher's option value prefix (10000–99999)."));
        }
    }
}
