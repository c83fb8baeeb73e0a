using System;
using System.Collections.Generic;
using System.Linq;
using System.Xml.Linq;

namespace CrmJourney.Solution.App;

/// <summary>Small helpers shared by the app's writers: the element shapes every export repeats.</summary>
internal static class AppXml
{
    /// <summary>The schema-instance namespace exports declare on each component file's root.</summary>
    public static readonly XNamespace Xsi = "http://www.w3.org/2001/XMLSchema-instance";

    /// <summary>The English language code every label carries.</summary>
    public const string English = "1033";

    /// <summary>A Guid as exports write it in elements and attributes: braces, lower case.</summary>
    public static string Braced(Guid id) => "{" + id.ToString("D") + "}";

    /// <summary><c>&lt;LocalizedNames&gt;&lt;LocalizedName description=… languagecode="1033" /&gt;&lt;/LocalizedNames&gt;</c>.</summary>
    public static XElement LocalizedNames(string name) =>
        new("LocalizedNames", new XElement("LocalizedName", new XAttribute("description", name), new XAttribute("languagecode", English)));

    /// <summary><c>&lt;Descriptions&gt;&lt;Description description=… languagecode="1033" /&gt;&lt;/Descriptions&gt;</c>.</summary>
    public static XElement Descriptions(string description) =>
        new("Descriptions", new XElement("Description", new XAttribute("description", description), new XAttribute("languagecode", English)));

    /// <summary><c>&lt;labels&gt;&lt;label description=… languagecode="1033" /&gt;&lt;/labels&gt;</c> (forms).</summary>
    public static XElement Labels(string label) =>
        new("labels", new XElement("label", new XAttribute("description", label), new XAttribute("languagecode", English)));

    /// <summary>The elements of a FetchXML fragment held as text (one or more filter elements).</summary>
    public static IEnumerable<XElement> Fragment(string? xml) =>
        string.IsNullOrWhiteSpace(xml) ? Enumerable.Empty<XElement>() : XElement.Parse("<fragment>" + xml + "</fragment>").Elements().ToList();
}
