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
/// the files that are not well-formed, the manifest, the tables the folder describes and what it can
/// say about the tables, columns and components other files name (<see cref="Table"/>,
/// <see cref="Column"/>). Web resource content files are not parsed: a web resource named *.xml may
/// hold anything, its type is in the .data.xml beside it. Nothing here is specific to this product.
/// </summary>
public sealed partial class SolutionFolder
{
    private const string ManagedSuffix = "_managed";
    private const string DataXmlSuffix = ".data.xml";

    private readonly Dictionary<string, XDocument> _documents;
    private readonly Dictionary<string, TableDefinition> _tables;
    private readonly HashSet<string> _declaredDependencies;
    private readonly HashSet<string> _intersectTables;
    private readonly Lazy<HashSet<string>> _files;

    private SolutionFolder(string root, Dictionary<string, XDocument> documents, IReadOnlyList<SolutionProblem> loadProblems, int xmlFileCount)
    {
        Root = root;
        _files = new Lazy<HashSet<string>>(() => Directory.Exists(root)
            ? Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories).Select(f => SolutionPaths.Relative(root, f)).ToHashSet(StringComparer.OrdinalIgnoreCase)
            : new HashSet<string>(StringComparer.OrdinalIgnoreCase));
        _documents = documents;
        LoadProblems = loadProblems;
        XmlFileCount = xmlFileCount;
        Manifest = ReadManifest(documents);
        _tables = ReadTables(documents);
        _declaredDependencies = ReadMissingDependencies(documents);
        _intersectTables = documents
            .Where(d => d.Key.StartsWith(SolutionPaths.RelationshipsFolder + "/", StringComparison.OrdinalIgnoreCase))
            .SelectMany(d => d.Value.Descendants("IntersectEntityName"))
            .Select(e => e.Value.Trim())
            .Where(n => n.Length > 0)
            .ToHashSet(StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>The folder's full path.</summary>
    public string Root { get; }

    /// <summary>Files that could not be parsed, as problems with their line and position.</summary>
    public IReadOnlyList<SolutionProblem> LoadProblems { get; }

    /// <summary>How many XML files the folder holds (parsed or not).</summary>
    public int XmlFileCount { get; }

    /// <summary>The manifest, or null when Other/Solution.xml is missing or unreadable.</summary>
    public SolutionManifest? Manifest { get; }

    /// <summary>The tables the folder describes, in name order (lower case).</summary>
    public IEnumerable<string> Tables => _tables.Keys.Order(StringComparer.Ordinal);

    /// <summary>The publisher prefix of the solution being validated (e.g. cjp), or empty when Solution.xml lacks one.</summary>
    public string PublisherPrefix => Manifest?.CustomizationPrefix ?? string.Empty;

    /// <summary>Reads every XML file under <paramref name="root"/>, except web resource content (a file with a .data.xml beside it).</summary>
    public static SolutionFolder Load(string root)
    {
        ArgumentNullException.ThrowIfNull(root);
        var fullRoot = Path.GetFullPath(root);
        var documents = new Dictionary<string, XDocument>(StringComparer.Ordinal);
        var problems = new List<SolutionProblem>();
        var files = Directory.Exists(fullRoot)
            ? Directory.EnumerateFiles(fullRoot, "*.xml", SearchOption.AllDirectories)
                .Where(f => !File.Exists(f + DataXmlSuffix))
                .Order(StringComparer.Ordinal)
                .ToList()
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

    /// <summary>
    /// The component a file holds, independent of the layout: <c>Foo.xml</c> and <c>Foo_managed.xml</c>
    /// (<c>pac solution unpack --packagetype Both</c>) are the unmanaged and managed flavours of one component.
    /// </summary>
    public static string ComponentKey(string relativePath)
    {
        ArgumentNullException.ThrowIfNull(relativePath);
        foreach (var extension in new[] { DataXmlSuffix, ".xml" })
        {
            if (relativePath.EndsWith(ManagedSuffix + extension, StringComparison.OrdinalIgnoreCase))
            {
                return relativePath[..^(ManagedSuffix.Length + extension.Length)] + extension;
            }
        }

        return relativePath;
    }

    /// <summary>Whether the file <paramref name="relativePath"/> exists (parsed or not; case-insensitive, as the packer on Windows reads it).</summary>
    public bool Exists(string relativePath) => File.Exists(SolutionPaths.Full(Root, relativePath)) || _files.Value.Contains(relativePath);

    /// <summary>Whether the folder <paramref name="relativePath"/> exists.</summary>
    public bool FolderExists(string relativePath) => Directory.Exists(SolutionPaths.Full(Root, relativePath));

    /// <summary>The parsed document at <paramref name="relativePath"/>, or null when missing or malformed.</summary>
    public XDocument? Document(string relativePath) => _documents.GetValueOrDefault(relativePath);

    /// <summary>The parsed documents whose path starts with <paramref name="folder"/> + '/' (case-insensitive), in path order.</summary>
    public IEnumerable<KeyValuePair<string, XDocument>> DocumentsUnder(string folder) =>
        _documents
            .Where(d => d.Key.StartsWith(folder + "/", StringComparison.OrdinalIgnoreCase))
            .OrderBy(d => d.Key, StringComparer.Ordinal);

    /// <summary>Every parsed document, in path order.</summary>
    public IEnumerable<KeyValuePair<string, XDocument>> Documents => _documents.OrderBy(d => d.Key, StringComparer.Ordinal);

    /// <summary>Whether the folder describes <paramref name="table"/> (an <c>Entities/&lt;table&gt;/Entity.xml</c>).</summary>
    public bool Defines(string table) => _tables.ContainsKey(table);

    /// <summary>Whether the folder describes every column of <paramref name="table"/> (a custom table exported with its subcomponents).</summary>
    public bool DefinesCompletely(string table) => _tables.TryGetValue(table, out var definition) && definition.IsComplete;

    /// <summary>
    /// Whether <paramref name="table"/> can be named: <see cref="ReferenceState.Found"/> when the folder
    /// describes it, it is a standard table, the intersect table of a relationship in the folder, or
    /// Solution.xml declares it as a missing dependency; <see cref="ReferenceState.Missing"/> otherwise.
    /// </summary>
    public ReferenceState Table(string table)
    {
        ArgumentNullException.ThrowIfNull(table);
        return Defines(table) || StandardTables.IsStandard(table) || _intersectTables.Contains(table) || DeclaresDependency(ComponentTypes.Table, table)
            ? ReferenceState.Found
            : ReferenceState.Missing;
    }

    /// <summary>
    /// Whether <paramref name="column"/> exists on <paramref name="table"/>. A table the folder describes
    /// completely is the authority: the column is there or <see cref="ReferenceState.Missing"/>. On any
    /// other table only the folder's own columns are known; a column with this publisher's prefix the
    /// folder neither lists nor declares as a missing dependency is missing (the import would fail on it),
    /// any other column is <see cref="ReferenceState.Unverifiable"/>.
    /// </summary>
    public ReferenceState Column(string table, string column)
    {
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(column);
        if (_tables.TryGetValue(table, out var definition))
        {
            if (definition.Has(column))
            {
                return ReferenceState.Found;
            }

            if (definition.IsComplete)
            {
                return ReferenceState.Missing;
            }
        }

        return HasOwnPrefix(column) && !DeclaresDependency(ComponentTypes.Column, column) && Table(table) == ReferenceState.Found
            ? ReferenceState.Missing
            : ReferenceState.Unverifiable;
    }

    /// <summary>Whether <paramref name="name"/> starts with the publisher prefix of the solution being validated and an underscore.</summary>
    public bool HasOwnPrefix(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var prefix = PublisherPrefix;
        return prefix.Length > 0 && name.StartsWith(prefix + "_", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>Whether Solution.xml lists a component of <paramref name="componentType"/> named (or with the id) <paramref name="nameOrId"/> among its missing dependencies.</summary>
    public bool DeclaresDependency(int componentType, string nameOrId)
    {
        ArgumentNullException.ThrowIfNull(nameOrId);
        return _declaredDependencies.Contains(DependencyKey(componentType, nameOrId));
    }

    /// <summary>The table (lower case) whose folder holds <paramref name="relativePath"/> (<c>Entities/&lt;folder&gt;/…</c>), or null.</summary>
    public string? TableOfPath(string relativePath)
    {
        ArgumentNullException.ThrowIfNull(relativePath);
        var parts = relativePath.Split('/');
        if (parts.Length < 3 || !parts[0].Equals(SolutionPaths.EntitiesFolder, StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        var folder = $"{parts[0]}/{parts[1]}";
        return _tables.Values.FirstOrDefault(t => t.Folder.Equals(folder, StringComparison.OrdinalIgnoreCase))?.Name ?? parts[1].ToLowerInvariant();
    }

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

    private static string DependencyKey(int componentType, string nameOrId) =>
        string.Create(CultureInfo.InvariantCulture, $"{componentType}:{nameOrId.Trim().Trim('{', '}').ToLowerInvariant()}");

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

    private static HashSet<string> ReadMissingDependencies(Dictionary<string, XDocument> documents)
    {
        var declared = new HashSet<string>(StringComparer.Ordinal);
        var required = documents.GetValueOrDefault(SolutionPaths.SolutionManifest)?.Root?.Element("SolutionManifest")?.Element("MissingDependencies")?
            .Elements("MissingDependency").Elements("Required") ?? Enumerable.Empty<XElement>();
        foreach (var component in required)
        {
            if (!int.TryParse((string?)component.Attribute("type"), NumberStyles.None, CultureInfo.InvariantCulture, out var type))
            {
                continue;
            }

            foreach (var key in new[] { (string?)component.Attribute("schemaName"), (string?)component.Attribute("id") }.OfType<string>().Where(k => k.Length > 0))
            {
                declared.Add(DependencyKey(type, key));
            }
        }

        return declared;
    }

    private static Dictionary<string, TableDefinition> ReadTables(Dictionary<string, XDocument> documents)
    {
        var tables = new Dictionary<string, TableDefinition>(StringComparer.OrdinalIgnoreCase);
        var shape = new Dictionary<string, (bool OrganizationOwned, bool Activity)>(StringComparer.OrdinalIgnoreCase);
        foreach (var (path, document) in documents.Where(d => IsEntityFile(d.Key)))
        {
            var table = TableName(document);
            if (table == null)
            {
                continue;
            }

            var folder = path[..path.LastIndexOf('/')];
            if (!tables.TryGetValue(table, out var definition))
            {
                definition = new TableDefinition(table, folder);
                tables[table] = definition;
            }

            definition.Declare(Attributes(document).Select(ColumnName).OfType<string>());

            // Newer unpacks put each column in Entities/<table>/Attributes/<column>.xml.
            definition.Declare(documents
                .Where(d => d.Key.StartsWith(folder + "/Attributes/", StringComparison.OrdinalIgnoreCase) && d.Value.Root?.Name.LocalName == "attribute")
                .Select(d => ColumnName(d.Value.Root!))
                .OfType<string>());
            var entity = document.Root?.Element("EntityInfo")?.Element("entity");
            var ownership = entity?.Element("OwnershipTypeMask")?.Value.Trim() ?? string.Empty;
            shape[table] = (
                ownership.StartsWith("Org", StringComparison.OrdinalIgnoreCase),
                entity?.Element("IsActivity")?.Value.Trim() == "1");
        }

        foreach (var (table, definition) in tables)
        {
            var (organizationOwned, activity) = shape[table];
            definition.Complete(organizationOwned, activity);
        }

        return tables;
    }

    [GeneratedRegex(@"\s*Line \d+, position \d+\.?\s*$")]
    private static partial Regex LinePositionSuffix();
}
