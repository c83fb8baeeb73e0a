using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Xml.Linq;

namespace CrmJourney.Solution.App;

/// <summary>
/// The tables of an unpacked folder as the app's writers need them: each table's folder (exports name
/// it with the schema name, e.g. <c>Account</c>) and each column's type and display name, read from the
/// Entity.xml files and completed by <see cref="StandardColumnLabels"/> for standard columns. Labels
/// are read rather than repeated in the declarations, so a column renamed in Entity.xml is renamed on
/// every form.
/// </summary>
public sealed class ColumnCatalog
{
    private readonly Dictionary<string, string> _folders;
    private readonly Dictionary<string, Dictionary<string, ColumnInfo>> _columns;

    private ColumnCatalog(Dictionary<string, string> folders, Dictionary<string, Dictionary<string, ColumnInfo>> columns)
    {
        _folders = folders;
        _columns = columns;
    }

    /// <summary>Reads every <c>Entities/&lt;folder&gt;/Entity.xml</c> of <paramref name="solutionFolder"/>.</summary>
    public static ColumnCatalog Load(string solutionFolder)
    {
        ArgumentNullException.ThrowIfNull(solutionFolder);
        var folders = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var columns = new Dictionary<string, Dictionary<string, ColumnInfo>>(StringComparer.OrdinalIgnoreCase);
        var entities = SolutionPaths.Full(solutionFolder, SolutionPaths.EntitiesFolder);
        if (!Directory.Exists(entities))
        {
            return new ColumnCatalog(folders, columns);
        }

        foreach (var folder in Directory.EnumerateDirectories(entities).Order(StringComparer.Ordinal))
        {
            var file = Path.Combine(folder, SolutionPaths.EntityFile);
            if (!File.Exists(file))
            {
                continue;
            }

            var entity = XDocument.Load(file).Root?.Element("EntityInfo")?.Element("entity");
            var table = ((string?)entity?.Attribute("Name"))?.ToLowerInvariant();
            if (entity == null || string.IsNullOrEmpty(table))
            {
                continue;
            }

            folders[table] = Path.GetFileName(folder);
            var known = new Dictionary<string, ColumnInfo>(StringComparer.OrdinalIgnoreCase);
            foreach (var attribute in entity.Element("attributes")?.Elements("attribute") ?? Enumerable.Empty<XElement>())
            {
                var name = attribute.Element("LogicalName")?.Value.Trim().ToLowerInvariant();
                if (string.IsNullOrEmpty(name))
                {
                    continue;
                }

                var label = (string?)attribute.Element("displaynames")?.Elements("displayname").FirstOrDefault(d => (string?)d.Attribute("languagecode") == "1033")?.Attribute("description");
                known[name] = new ColumnInfo(attribute.Element("Type")?.Value.Trim() ?? "nvarchar", label ?? name);
            }

            columns[table] = known;
        }

        return new ColumnCatalog(folders, columns);
    }

    /// <summary>The folder under Entities/ of <paramref name="table"/>; throws <see cref="InvalidOperationException"/> when the folder has none.</summary>
    public string FolderOf(string table) =>
        _folders.TryGetValue(table, out var folder)
            ? folder
            : throw new InvalidOperationException($"The solution has no Entities/<folder>/Entity.xml for table {table}; add the table (or its extension columns) before declaring app components on it.");

    /// <summary>The type and label of a column, or null when neither Entity.xml nor <see cref="StandardColumnLabels"/> knows it.</summary>
    public ColumnInfo? Find(string table, string column) =>
        _columns.TryGetValue(table, out var columns) && columns.TryGetValue(column, out var info)
            ? info
            : StandardColumnLabels.Find(table, column);

    /// <summary>The type and label of a column; throws <see cref="InvalidOperationException"/> naming the column when it is unknown.</summary>
    public ColumnInfo Get(string table, string column) =>
        Find(table, column) ?? throw new InvalidOperationException($"Column {table}.{column} is in no Entity.xml and not in StandardColumnLabels; fix the name or add the column.");
}
