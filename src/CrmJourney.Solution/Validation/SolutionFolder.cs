using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using System.Xml;
using System.Xml.Linq;

namespace CrmJourney.Solution.Validation;

/// <summary>
/// An unpacked solution folder read once for all checks: every XML file parsed (with line numbers),
/// the files that are not well-formed, the manifest, and the columns of every table — from the
/// folder's Entity.xml files, merged with <see cref="StandardColumns"/> for standard tables the
/// folder extends. Nothing here is specific to this product's tables.
/// </summary>
public sealed partial class SolutionFolder
{
    private readonly Dictionary<string, XDocument> _documents;
    private readonly Dictionary<string, HashSet<string>> _tables;

    private SolutionFolder(string root, Dictionary<string, XDocument> documents, IReadOnlyList<SolutionProblem> loadProblems, int xmlFileCount)
    {
        Root = root;
        _documents = documents;
        LoadProblems = loadProblems;
        XmlFileCount = xmlFileCount;
        Manifest = ReadManifest(documents);
        _tables = ReadTables(documents);
    }

    /// <summary>The folder's full path.</summary>
    public string Root { get; }

    /// <summary>Files that could not be parsed, as problems with their line and position.</summary>
    public IReadOnlyList<SolutionProblem> LoadProblems { get; }

    /// <summary>How many XML files the folder holds (parsed or not).</summary>
    public int XmlFileCount { get; }

    /// <summary>The manifest, or null when Other/Solution.xml is missing or unreadable.</summary>
    public SolutionManifest? Manifest { get; }

    /// <summary>The tables whose columns are known, in name order (lower case).</summary>
    public IEnumerable<string> Tables => _tables.Keys.Order(StringComparer.Ordinal);

    /// <summary>Reads every XML file under <paramref name="root"/>.</summary>
    public static SolutionFolder Load(string root)
    {
        ArgumentNullException.ThrowIfNull(root);
        var fullRoot = Path.GetFullPath(root);
        var documents = new Dictionary<string, XDocument>(StringComparer.Ordinal);
        var problems = new List<SolutionProblem>();
        var files = Directory.Exists(fullRoot)
            ? Directory.EnumerateFiles(fullRoot, "*.xml", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList()
            : new List<string>();
        foreach (var file in files)
        {
            var relative = SolutionPaths.Relative(fullRoot, file);
            try
            {
                documents[relative] = XDocument.Load(file, LoadOptions.SetLineInfo);
            }
            catch (XmlException e)
            {
                problems.Add(new SolutionProblem(relative, Malformed(e)));
            }
        }

        return new SolutionFolder(fullRoot, documents, problems, files.Count);
    }

    /// <summary>The sentence for XML that does not parse, with its line and position.</summary>
    public static string Malformed(XmlException exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        var reason = LinePositionSuffix().Replace(exception.Message, string.Empty).TrimEnd('.', ' ');
        return string.Create(CultureInfo.InvariantCulture, $"malformed XML at line {exception.LineNumber}, position {exception.LinePosition}: {reason}; fix the markup (an unclosed or mismatched tag is the usual cause).");
    }

    /// <summary>Whether the file <paramref name="relativePath"/> exists (parsed or not).</summary>
    public bool Exists(string relativePath) => File.Exists(SolutionPaths.Full(Root, relativePath));

    /// <summary>The parsed document at <paramref name="relativePath"/>, or null when missing or malformed.</summary>
    public XDocument? Document(string relativePath) => _documents.GetValueOrDefault(relativePath);

    /// <summary>The parsed documents whose path starts with <paramref name="folder"/> + '/' (case-insensitive), in path order.</summary>
    public IEnumerable<KeyValuePair<string, XDocument>> DocumentsUnder(string folder) =>
        _documents
            .Where(d => d.Key.StartsWith(folder + "/", StringComparison.OrdinalIgnoreCase))
            .OrderBy(d => d.Key, StringComparer.Ordinal);

    /// <summary>Every parsed document, in path order.</summary>
    public IEnumerable<KeyValuePair<string, XDocument>> Documents => _documents.OrderBy(d => d.Key, StringComparer.Ordinal);

    /// <summary>The columns of <paramref name="table"/>, or null when the table is neither in the folder nor a known standard table.</summary>
    public IReadOnlySet<string>? ColumnsOf(string table) => _tables.GetValueOrDefault(table.ToLowerInvariant());

    /// <summary>Whether <paramref name="relativePath"/> is an <c>Entities/&lt;table&gt;/Entity.xml</c> file.</summary>
    internal static bool IsEntityFile(string relativePath)
    {
        var parts = relativePath.Split('/');
        return parts.Length == 3
            && parts[0].Equals(SolutionPaths.EntitiesFolder, StringComparison.OrdinalIgnoreCase)
            && parts[2].Equals(SolutionPaths.EntityFile, StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>The logical name (lower case) of the table an Entity.xml document defines, or null.</summary>
    internal static string? TableName(XDocument entityDocument)
    {
        var name = (string?)entityDocument.Root?.Element("EntityInfo")?.Element("entity")?.Attribute("Name")
            ?? entityDocument.Root?.Element("Name")?.Value;
        return string.IsNullOrWhiteSpace(name) ? null : name.Trim().ToLowerInvariant();
    }

    /// <summary>The attribute elements of an Entity.xml document.</summary>
    internal static IEnumerable<XElement> Attributes(XDocument entityDocument) =>
        entityDocument.Root?.Element("EntityInfo")?.Element("entity")?.Element("attributes")?.Elements("attribute") ?? Enumerable.Empty<XElement>();

    /// <summary>The logical name (lower case) of an attribute element.</summary>
    internal static string? ColumnName(XElement attribute)
    {
        var name = attribute.Element("LogicalName")?.Value ?? (string?)attribute.Attribute("PhysicalName");
        return string.IsNullOrWhiteSpace(name) ? null : name.Trim().ToLowerInvariant();
    }

    private static SolutionManifest? ReadManifest(Dictionary<string, XDocument> documents)
    {
        if (!documents.TryGetValue(SolutionPaths.SolutionManifest, out var document))
        {
            return null;
        }

        try
        {
            return SolutionManifest.Parse(document.ToString());
        }
        catch (InvalidDataException)
        {
            return null;
        }
    }

    private static Dictionary<string, HashSet<string>> ReadTables(Dictionary<string, XDocument> documents)
    {
        var tables = new Dictionary<string, HashSet<string>>(StringComparer.OrdinalIgnoreCase);
        foreach (var (path, document) in documents.Where(d => IsEntityFile(d.Key)))
        {
            var table = TableName(document);
            if (table == null)
            {
                continue;
            }

            if (!tables.TryGetValue(table, out var columns))
            {
                columns = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
                tables[table] = columns;
            }

            columns.UnionWith(Attributes(document).Select(ColumnName).OfType<string>());
        }

        foreach (var table in StandardColumns.Tables)
        {
            if (!tables.TryGetValue(table, out var columns))
            {
                columns = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
                tables[table] = columns;
            }

            columns.UnionWith(StandardColumns.Of(table));
        }

        return tables;
    }

    [GeneratedRegex(@"\s*Line \d+, position \d+\.?\s*$")]
    private static partial Regex LinePositionSuffix();
}
