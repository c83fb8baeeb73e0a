using System;
using System.IO;
using System.Text;
using System.Xml;
using System.Xml.Linq;

namespace CrmJourney.Solution.Xml;

/// <summary>
/// The one way this library turns XML into text: UTF-8 without a byte-order mark, the
/// <c>&lt;?xml version="1.0" encoding="utf-8"?&gt;</c> declaration the exports carry, two-space
/// indentation and LF line ends (the repository's .editorconfig). Fixed settings make generated files
/// byte-identical from run to run, so the drift test and <c>git diff</c> only show real changes.
/// </summary>
public static class XmlFiles
{
    /// <summary>The document as text, with the declaration and a final line end.</summary>
    public static string Serialize(XDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        return Write(writer => document.Save(writer));
    }

    /// <summary>One element (no declaration) indented as in a file, for merging into a larger document.</summary>
    public static string Serialize(XElement element)
    {
        ArgumentNullException.ThrowIfNull(element);
        return Write(writer => element.Save(writer), omitDeclaration: true);
    }

    /// <summary>The bytes of <paramref name="text"/> as files are written: UTF-8, no byte-order mark.</summary>
    public static byte[] ToBytes(string text) => new UTF8Encoding(encoderShouldEmitUTF8Identifier: false).GetBytes(text);

    /// <summary>Settings for writers that build documents element by element.</summary>
    public static XmlWriterSettings WriterSettings(bool omitDeclaration = false) => new()
    {
        Encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false),
        Indent = true,
        IndentChars = "  ",
        NewLineChars = "\n",
        NewLineHandling = NewLineHandling.Replace,
        OmitXmlDeclaration = omitDeclaration,
    };

    /// <summary>Runs <paramref name="write"/> against a writer with <see cref="WriterSettings"/> and returns the text.</summary>
    public static string Write(Action<XmlWriter> write, bool omitDeclaration = false)
    {
        ArgumentNullException.ThrowIfNull(write);
        using var stream = new MemoryStream();
        using (var writer = XmlWriter.Create(stream, WriterSettings(omitDeclaration)))
        {
            write(writer);
        }

        return Encoding.UTF8.GetString(stream.ToArray()) + "\n";
    }
}
