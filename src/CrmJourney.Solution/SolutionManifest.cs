using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Xml.Linq;
using CrmJourney.Solution.Plugins;
using CrmJourney.Solution.Xml;

namespace CrmJourney.Solution;

/// <summary>
/// <c>Other/Solution.xml</c>, read: unique name, version, the publisher's customization prefix and
/// option value prefix (which every choice value must start with), and the root components. It can
/// produce a copy whose plugin root components (type 91 assembly, type 92 steps) match the code.
/// </summary>
public sealed class SolutionManifest
{
    /// <summary>Root component type of a plugin assembly.</summary>
    public const int PluginAssemblyComponentType = 91;

    /// <summary>Root component type of a plugin step.</summary>
    public const int StepComponentType = 92;

    private readonly XDocument _document;

    private SolutionManifest(XDocument document)
    {
        _document = document;
        var manifest = document.Root?.Element("SolutionManifest")
            ?? throw new InvalidDataException($"{SolutionPaths.SolutionManifest} has no ImportExportXml/SolutionManifest element.");
        UniqueName = manifest.Element("UniqueName")?.Value.Trim() ?? string.Empty;
        Version = manifest.Element("Version")?.Value.Trim() ?? string.Empty;
        var publisher = manifest.Element("Publisher");
        CustomizationPrefix = publisher?.Element("CustomizationPrefix")?.Value.Trim() ?? string.Empty;
        OptionValuePrefix = int.TryParse(publisher?.Element("CustomizationOptionValuePrefix")?.Value.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var prefix) ? prefix : null;
    }

    /// <summary>The solution's unique name.</summary>
    public string UniqueName { get; }

    /// <summary>The solution version, e.g. 0.1.0.0; generated components carry it as IntroducedVersion.</summary>
    public string Version { get; }

    /// <summary>The publisher's customization prefix, e.g. cjp.</summary>
    public string CustomizationPrefix { get; }

    /// <summary>The publisher's option value prefix (e.g. 57310), or null when Solution.xml lacks a number there.</summary>
    public int? OptionValuePrefix { get; }

    /// <summary>Reads the manifest of the unpacked folder <paramref name="solutionFolder"/>.</summary>
    public static SolutionManifest Load(string solutionFolder)
    {
        ArgumentNullException.ThrowIfNull(solutionFolder);
        return Parse(File.ReadAllText(SolutionPaths.Full(solutionFolder, SolutionPaths.SolutionManifest)));
    }

    /// <summary>Reads a manifest from its text.</summary>
    public static SolutionManifest Parse(string text) => new(XDocument.Parse(text));

    /// <summary>
    /// The manifest's text with exactly one type 91 row for the plugin assembly and one type 92 row
    /// per step id (ordered), replacing whatever plugin rows it had; every other row keeps its place.
    /// </summary>
    public string WithPluginRootComponents(PluginAssemblyDefinition package, IEnumerable<Guid> stepIds)
    {
        ArgumentNullException.ThrowIfNull(package);
        ArgumentNullException.ThrowIfNull(stepIds);
        var document = new XDocument(_document);
        var manifest = document.Root!.Element("SolutionManifest")!;
        var roots = manifest.Element("RootComponents");
        if (roots == null)
        {
            roots = new XElement("RootComponents");
            var after = manifest.Element("Publisher") ?? manifest.Elements().Last();
            after.AddAfterSelf(roots);
        }

        roots.Elements("RootComponent")
            .Where(r => (string?)r.Attribute("type") is "91" or "92")
            .Remove();
        roots.Add(new XElement(
            "RootComponent",
            new XAttribute("type", PluginAssemblyComponentType.ToString(CultureInfo.InvariantCulture)),
            new XAttribute("id", "{" + package.AssemblyId.ToString("D") + "}"),
            new XAttribute("schemaName", package.Assembly.FullName),
            new XAttribute("behavior", "0")));
        foreach (var stepId in stepIds.Distinct().OrderBy(id => id.ToString("D"), StringComparer.Ordinal))
        {
            roots.Add(new XElement(
                "RootComponent",
                new XAttribute("type", StepComponentType.ToString(CultureInfo.InvariantCulture)),
                new XAttribute("id", "{" + stepId.ToString("D") + "}"),
                new XAttribute("behavior", "0")));
        }

        return XmlFiles.Serialize(document);
    }

    /// <summary>
    /// <paramref name="manifestText"/> with every root component of <paramref name="types"/> replaced by
    /// <paramref name="rows"/> (in the order given, after the rows of other types); other rows keep their place.
    /// </summary>
    public static string WithRootComponents(string manifestText, IReadOnlyCollection<int> types, IEnumerable<XElement> rows)
    {
        ArgumentNullException.ThrowIfNull(manifestText);
        ArgumentNullException.ThrowIfNull(types);
        ArgumentNullException.ThrowIfNull(rows);
        var document = XDocument.Parse(manifestText);
        var manifest = document.Root?.Element("SolutionManifest") ?? throw new InvalidDataException($"{SolutionPaths.SolutionManifest} has no ImportExportXml/SolutionManifest element.");
        var roots = manifest.Element("RootComponents");
        if (roots == null)
        {
            roots = new XElement("RootComponents");
            (manifest.Element("Publisher") ?? manifest.Elements().Last()).AddAfterSelf(roots);
        }

        var owned = types.Select(t => t.ToString(CultureInfo.InvariantCulture)).ToHashSet(StringComparer.Ordinal);
        roots.Elements("RootComponent").Where(r => owned.Contains((string?)r.Attribute("type") ?? string.Empty)).Remove();
        roots.Add(rows);
        return XmlFiles.Serialize(document);
    }
}
