using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Xml.Linq;

namespace CrmJourney.Solution.Validation;

/// <summary>
/// What Solution.xml and the component files promise must be in the folder: every root component of a
/// type whose files the layout shows (<see cref="FolderComponents.KnownTypes"/>) has them — found by id
/// or by name — and every file a component's metadata names (a web resource's content, a canvas app's
/// document, a process's definition) exists. Packing or importing fails on either. Plugin assembly and
/// package binaries are not required: build pipelines map them into the folder when packing.
/// </summary>
public sealed class RootComponentsCheck : ISolutionCheck
{
    // Elements whose text is the path of a file the component's metadata requires, from the folder root.
    // A canvas app's BackgroundImageUri is left out: real exports (tc-ca/Security-Screening-…) ship without it.
    private static readonly HashSet<string> _fileElements = new(StringComparer.Ordinal)
    {
        "FileName", "XamlFileName", "JsonFileName", "DocumentUri",
    };

    private static readonly string[] _foldersWithFiles = { "WebResources", "CanvasApps", "Workflows" };

    /// <inheritdoc />
    public void Check(SolutionFolder folder, ICollection<SolutionProblem> problems)
    {
        ArgumentNullException.ThrowIfNull(folder);
        ArgumentNullException.ThrowIfNull(problems);
        var components = FolderComponents.Of(folder);
        var roots = folder.Document(SolutionPaths.SolutionManifest)?.Root?.Element("SolutionManifest")?.Element("RootComponents")?.Elements("RootComponent")
            ?? Enumerable.Empty<XElement>();
        foreach (var root in roots)
        {
            if (!int.TryParse((string?)root.Attribute("type"), NumberStyles.None, CultureInfo.InvariantCulture, out var type) || !FolderComponents.KnownTypes.Contains(type))
            {
                continue;
            }

            var idText = (string?)root.Attribute("id");
            var name = (string?)root.Attribute("schemaName");
            var id = FolderComponents.ParseId(idText);
            var found = (id is Guid guid && components.HasId(type, guid)) || (!string.IsNullOrWhiteSpace(name) && components.HasName(type, name));
            if (found || (id == null && string.IsNullOrWhiteSpace(name)))
            {
                continue;
            }

            var shown = string.IsNullOrWhiteSpace(name) ? $"{{{id:D}}}" : name;
            problems.Add(new SolutionProblem(SolutionPaths.SolutionManifest, string.Create(CultureInfo.InvariantCulture, $"root component {shown} (type {type}) has no file in the folder; add the component's files (unpack a fresh export) or remove its <RootComponent>.")));
        }

        foreach (var (path, document) in _foldersWithFiles.SelectMany(folder.DocumentsUnder))
        {
            foreach (var element in document.Descendants().Where(e => _fileElements.Contains(e.Name.LocalName) && !e.HasElements))
            {
                var file = element.Value.Trim();
                if (file.StartsWith('/') && !folder.Exists(file.TrimStart('/')))
                {
                    problems.Add(new SolutionProblem(path, $"names the file {file} in <{element.Name.LocalName}>, which is not in the folder; add the file or fix the path."));
                }
            }
        }
    }
}
