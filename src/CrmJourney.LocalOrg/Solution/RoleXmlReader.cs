using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Xml.Linq;
using CrmJourney.LocalOrg.Security;

namespace CrmJourney.LocalOrg.Solution;

/// <summary>
/// Reads the security roles of an unpacked solution: Roles/&lt;name&gt;.xml, each a &lt;Role name="…"&gt; with
/// &lt;RolePrivileges&gt;&lt;RolePrivilege name="prv…" level="…"/&gt;. A folder without Roles gives no roles.
/// </summary>
public static class RoleXmlReader
{
    /// <summary>The roles under <paramref name="solutionFolder"/>/Roles, ordered by file name.</summary>
    public static IReadOnlyList<SecurityRole> Read(string solutionFolder)
    {
        var folder = Path.Combine(solutionFolder, "Roles");
        if (!Directory.Exists(folder))
        {
            return new List<SecurityRole>();
        }

        return Directory.GetFiles(folder, "*.xml").OrderBy(f => f, System.StringComparer.Ordinal).Select(ReadFile).ToList();
    }

    private static SecurityRole ReadFile(string path)
    {
        XElement root;
        try
        {
            root = XDocument.Load(path).Root!;
        }
        catch (System.Xml.XmlException e)
        {
            throw new SolutionMetadataException(new[] { $"{path}: the role file is not well-formed XML ({e.Message}); fix or re-export it." });
        }

        var name = (string?)root.Attribute("name");
        if (root.Name.LocalName != "Role" || string.IsNullOrWhiteSpace(name))
        {
            throw new SolutionMetadataException(new[] { $"{path}: a role file must hold <Role name=\"…\">; fix or re-export it." });
        }

        var privileges = root.Element("RolePrivileges")?.Elements("RolePrivilege").Select(p => (string?)p.Attribute("name")).Where(p => !string.IsNullOrEmpty(p)).Select(p => p!)
            ?? Enumerable.Empty<string>();
        return new SecurityRole(name!, privileges);
    }
}
