using System;
using System.Collections.Generic;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Xml;
using System.Xml.Linq;
using CrmJourney.Solution.Packing;

namespace CrmJourney.Solution.Validation;

/// <summary>
/// Validates a packed solution zip as Dataverse receives it: the three parts are there and well-formed,
/// customizations.xml and solution.xml have the shape of <see cref="EmittedShapeRules"/>, every file a
/// component names is in the zip (each plugin assembly's dll), that dll is the assembly its registration
/// describes, and every step and custom API names a plugin type that dll defines. Problems are reported as
/// <c>&lt;zip entry&gt;: problem</c>.
/// </summary>
public static class ZipSolutionValidator
{
    /// <summary>Every problem of the zip at <paramref name="zipPath"/>; throws <see cref="InvalidDataException"/> when it is not a zip.</summary>
    public static ValidationReport Validate(string zipPath)
    {
        ArgumentNullException.ThrowIfNull(zipPath);
        Dictionary<string, byte[]> entries;
        try
        {
            using var zip = ZipFile.OpenRead(zipPath);
            entries = zip.Entries.Where(e => !e.FullName.EndsWith('/')).ToDictionary(e => e.FullName, Read, StringComparer.Ordinal);
        }
        catch (InvalidDataException e)
        {
            throw new InvalidDataException($"{zipPath} is not a zip file ({e.Message}); give the zip 'cjp solution pack' or a Dataverse export wrote, or an unpacked folder.", e);
        }

        var problems = new List<SolutionProblem>();
        var documents = new Dictionary<string, XDocument>(StringComparer.Ordinal);
        foreach (var (name, bytes) in entries.Where(e => e.Key.EndsWith(".xml", StringComparison.OrdinalIgnoreCase)))
        {
            try
            {
                documents[name] = XDocument.Load(new MemoryStream(bytes), LoadOptions.SetLineInfo);
            }
            catch (XmlException e)
            {
                problems.Add(new SolutionProblem(name, SolutionFolder.Malformed(e)));
            }
        }

        foreach (var required in new[] { ContentTypes.EntryName, "solution.xml", "customizations.xml" }.Where(r => !entries.ContainsKey(r)))
        {
            problems.Add(new SolutionProblem(required, "missing: every solution zip carries it; pack the folder again with 'cjp solution pack'."));
        }

        if (documents.TryGetValue("solution.xml", out var manifest))
        {
            problems.AddRange(EmittedShapeRules.Manifest(manifest.Root!).Select(p => new SolutionProblem("solution.xml", p)));
        }

        if (documents.TryGetValue("customizations.xml", out var customizations))
        {
            var root = customizations.Root!;
            problems.AddRange(EmittedShapeRules.Customizations(root).Select(p => new SolutionProblem("customizations.xml", p)));
            CheckPluginCode(root, entries, documents, problems);
        }

        return new ValidationReport(problems, documents.Count);
    }

    private static void CheckPluginCode(XElement customizations, Dictionary<string, byte[]> entries, Dictionary<string, XDocument> documents, List<SolutionProblem> problems)
    {
        var typesById = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var defined = new HashSet<string>(StringComparer.Ordinal);
        foreach (var assembly in customizations.Element("SolutionPluginAssemblies")?.Elements("PluginAssembly") ?? Enumerable.Empty<XElement>())
        {
            var fileName = (assembly.Element("FileName")?.Value ?? string.Empty).TrimStart('/');
            if (!entries.TryGetValue(fileName, out var dll))
            {
                problems.Add(new SolutionProblem("customizations.xml", $"the plugin assembly {(string?)assembly.Attribute("FullName")} names the file /{fileName}, which the zip does not contain; pack again with the built assembly."));

                // One problem, not one per step: without the dll, its registered types are taken at their word.
                foreach (var type in assembly.Element("PluginTypes")?.Elements("PluginType") ?? Enumerable.Empty<XElement>())
                {
                    var name = (string?)type.Attribute("Name") ?? string.Empty;
                    typesById[((string?)type.Attribute("PluginTypeId") ?? string.Empty).Trim('{', '}')] = name;
                    defined.Add(name);
                }

                continue;
            }

            PluginAssemblyInspection inspection;
            try
            {
                inspection = PluginAssemblyInspector.Inspect(dll, fileName);
            }
            catch (InvalidDataException e)
            {
                problems.Add(new SolutionProblem(fileName, e.Message));
                continue;
            }

            if (!string.Equals(inspection.FullName, (string?)assembly.Attribute("FullName"), StringComparison.Ordinal))
            {
                problems.Add(new SolutionProblem(fileName, $"is {inspection.FullName}, but customizations.xml registers {(string?)assembly.Attribute("FullName")}; pack again with the matching build."));
            }

            defined.UnionWith(inspection.DefinedTypes);
            foreach (var type in assembly.Element("PluginTypes")?.Elements("PluginType") ?? Enumerable.Empty<XElement>())
            {
                var name = (string?)type.Attribute("Name") ?? string.Empty;
                typesById[((string?)type.Attribute("PluginTypeId") ?? string.Empty).Trim('{', '}')] = name;
                if (!inspection.DefinedTypes.Contains(name))
                {
                    problems.Add(new SolutionProblem(fileName, $"does not define {name}, which customizations.xml registers as a plugin type; pack again with the matching build."));
                }
            }
        }

        foreach (var step in customizations.Element("SdkMessageProcessingSteps")?.Elements("SdkMessageProcessingStep") ?? Enumerable.Empty<XElement>())
        {
            var id = (step.Element("PluginTypeId")?.Value ?? string.Empty).Trim('{', '}');
            var typeName = (step.Element("PluginTypeName")?.Value ?? string.Empty).Split(',')[0].Trim();
            if (!typesById.TryGetValue(id, out var registered) || !string.Equals(registered, typeName, StringComparison.Ordinal) || !defined.Contains(typeName))
            {
                problems.Add(new SolutionProblem("customizations.xml", $"step {(string?)step.Attribute("Name")} names plugin type {typeName} ({id}), which the zip's plugin assembly does not register and define under that id; run 'cjp solution sync' and pack again."));
            }
        }

        var ids = typesById.Where(t => defined.Contains(t.Value)).Select(t => t.Key).ToHashSet(StringComparer.OrdinalIgnoreCase);
        foreach (var (name, document) in documents.Where(d => d.Key.StartsWith(SolutionPaths.CustomApisFolder + "/", StringComparison.Ordinal) && d.Value.Root?.Name.LocalName == "customapi"))
        {
            problems.AddRange(EmittedShapeCheck.CustomApiPluginType(document.Root!, ids).Select(p => new SolutionProblem(name, p)));
        }
    }

    private static byte[] Read(ZipArchiveEntry entry)
    {
        using var stream = entry.Open();
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}
