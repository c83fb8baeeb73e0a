using System;
using System.Collections.Generic;
using System.IO;
using System.Xml;
using System.Xml.Linq;

namespace CrmJourney.LocalOrg.Solution;

/// <summary>
/// Loads the solution's XML files and names them the way every problem message does: relative to the
/// solution's <c>src</c> folder with forward slashes, as solution-package/README.md writes paths.
/// </summary>
internal static class SolutionXml
{
    /// <summary>The file's path as problem messages show it.</summary>
    public static string DisplayPath(string root, string file) =>
        Path.GetRelativePath(root, file).Replace(Path.DirectorySeparatorChar, '/');

    /// <summary>The parsed file, or null after recording why it could not be parsed.</summary>
    public static XDocument? TryLoad(string root, string file, ICollection<string> problems)
    {
        try
        {
            return XDocument.Load(file);
        }
        catch (XmlException exception)
        {
            problems.Add($"{DisplayPath(root, file)}: not well-formed XML ({exception.Message}).");
            return null;
        }
    }

    /// <summary>Trimmed text of a child element, or null when absent or blank.</summary>
    public static string? Text(XElement element, string child)
    {
        var text = element.Element(child)?.Value.Trim();
        return string.IsNullOrEmpty(text) ? null : text;
    }

    /// <summary>
    /// Dataverse logical names are the schema names in lower case; exports write schema names
    /// (<c>Account</c>, <c>CreatedBy</c>) in several places.
    /// </summary>
    public static string Logical(string schemaName) => schemaName.Trim().ToLowerInvariant();

    /// <summary>The files matching the pattern in a folder, sorted by name so results never depend on the file system's order.</summary>
    public static IEnumerable<string> SortedFiles(string folder, string pattern)
    {
        if (!Directory.Exists(folder))
        {
            return Array.Empty<string>();
        }

        var files = Directory.GetFiles(folder, pattern);
        Array.Sort(files, StringComparer.Ordinal);
        return files;
    }
}
