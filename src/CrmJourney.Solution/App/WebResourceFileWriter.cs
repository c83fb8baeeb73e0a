using System;
using System.Xml.Linq;
using CrmJourney.Solution.Xml;

namespace CrmJourney.Solution.App;

/// <summary>
/// Writes a web resource's registration, <c>WebResources/&lt;name&gt;.data.xml</c>, next to its hand-written
/// content file <c>WebResources/&lt;name&gt;</c>. <c>FileName</c> is the content's path in the zip, where the
/// packer copies it.
/// </summary>
public sealed class WebResourceFileWriter
{
    /// <summary>The folder of web resources.</summary>
    public const string Folder = "WebResources";

    /// <summary>The web resource type of a JavaScript (JScript) file.</summary>
    public const int JavaScriptType = 3;

    private readonly string _version;

    /// <summary>A writer for web resources introduced in <paramref name="version"/>.</summary>
    public WebResourceFileWriter(string version)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(version);
        _version = version;
    }

    /// <summary>The relative path of the web resource's content.</summary>
    public static string ContentPath(WebResourceDefinition resource)
    {
        ArgumentNullException.ThrowIfNull(resource);
        return $"{Folder}/{resource.Name}";
    }

    /// <summary>The registration file.</summary>
    public GeneratedFile Write(WebResourceDefinition resource)
    {
        ArgumentNullException.ThrowIfNull(resource);
        var root = new XElement(
            "WebResource",
            new XElement("WebResourceId", AppXml.Braced(resource.Id)),
            new XElement("Name", resource.Name),
            new XElement("DisplayName", resource.DisplayName),
            new XElement("Description", resource.Description),
            new XElement("WebResourceType", JavaScriptType.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            new XElement("IntroducedVersion", _version),
            new XElement("IsEnabledForMobileClient", "0"),
            new XElement("IsAvailableForMobileOffline", "0"),
            new XElement("IsCustomizable", "1"),
            new XElement("CanBeDeleted", "1"),
            new XElement("IsHidden", "0"),
            new XElement("FileName", "/" + ContentPath(resource)));
        return new GeneratedFile(ContentPath(resource) + ".data.xml", XmlFiles.Serialize(new XDocument(root)));
    }
}
