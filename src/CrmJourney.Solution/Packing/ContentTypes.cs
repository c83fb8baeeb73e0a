using System;
using System.Collections.Generic;
using System.Linq;
using CrmJourney.Solution.Xml;

namespace CrmJourney.Solution.Packing;

/// <summary>
/// The <c>[Content_Types].xml</c> of a solution zip (Open Packaging Conventions), as Dataverse exports
/// write it: one <c>Default</c> per file extension in the zip and one <c>Override</c> per file without
/// an extension, all typed <c>application/octet-stream</c>.
/// </summary>
public static class ContentTypes
{
    /// <summary>The entry name of the content types part.</summary>
    public const string EntryName = "[Content_Types].xml";

    private const string OctetStream = "application/octet-stream";

    /// <summary>The part for a zip holding <paramref name="entryNames"/> (plus itself).</summary>
    public static string For(IEnumerable<string> entryNames)
    {
        ArgumentNullException.ThrowIfNull(entryNames);
        var names = entryNames.Append(EntryName).ToList();
        var extensions = names
            .Select(n => n[(n.LastIndexOf('/') + 1)..])
            .Where(n => n.Contains('.', StringComparison.Ordinal))
            .Select(n => n[(n.LastIndexOf('.') + 1)..].ToLowerInvariant())
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal);
        var withoutExtension = names
            .Where(n => !n[(n.LastIndexOf('/') + 1)..].Contains('.', StringComparison.Ordinal))
            .Order(StringComparer.Ordinal);
        return XmlFiles.Write(writer =>
        {
            writer.WriteStartElement("Types", "http://schemas.openxmlformats.org/package/2006/content-types");
            foreach (var extension in extensions)
            {
                writer.WriteStartElement("Default", "http://schemas.openxmlformats.org/package/2006/content-types");
                writer.WriteAttributeString("Extension", extension);
                writer.WriteAttributeString("ContentType", OctetStream);
                writer.WriteEndElement();
            }

            foreach (var name in withoutExtension)
            {
                writer.WriteStartElement("Override", "http://schemas.openxmlformats.org/package/2006/content-types");
                writer.WriteAttributeString("PartName", "/" + name);
                writer.WriteAttributeString("ContentType", OctetStream);
                writer.WriteEndElement();
            }

            writer.WriteEndElement();
        });
    }
}
