using System;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Xml;
using System.Xml.Linq;

namespace CrmJourney.LocalOrg.Cmt;

/// <summary>
/// A Configuration Migration package opened for reading: data.xml and, when present, data_schema.xml,
/// from a data.zip or from a folder holding them. Opening fails with one sentence naming the file.
/// </summary>
internal sealed class CmtPackage
{
    private CmtPackage(XDocument data, XDocument? schema)
    {
        Data = data;
        Schema = schema;
    }

    public XDocument Data { get; }

    public XDocument? Schema { get; }

    /// <summary>True for a file (a data.zip) or a folder that holds data.xml: the paths the CMT reader takes.</summary>
    public static bool IsPackage(string path) =>
        File.Exists(path) || (Directory.Exists(path) && File.Exists(Path.Combine(path, CmtFormat.DataFile)));

    /// <summary>Reads the package at <paramref name="path"/>; throws <see cref="CmtMalformedException"/> with the sentence.</summary>
    public static CmtPackage Open(string path, string shownAs)
    {
        if (Directory.Exists(path))
        {
            var data = Path.Combine(path, CmtFormat.DataFile);
            if (!File.Exists(data))
            {
                throw new CmtMalformedException($"{shownAs} has no {CmtFormat.DataFile}; pass the data.zip that 'pac data export' or the Configuration Migration tool writes, or a folder holding its {CmtFormat.DataFile} and {CmtFormat.SchemaFile}.");
            }

            var schema = Path.Combine(path, CmtFormat.SchemaFile);
            return new CmtPackage(ParseFile(data, shownAs), File.Exists(schema) ? ParseFile(schema, shownAs) : null);
        }

        try
        {
            using var zip = ZipFile.OpenRead(path);
            var dataEntry = Find(zip, CmtFormat.DataFile)
                ?? throw new CmtMalformedException($"{shownAs} holds no {CmtFormat.DataFile}; pass the data.zip that 'pac data export' or the Configuration Migration tool writes (it holds {CmtFormat.DataFile}, {CmtFormat.SchemaFile} and {CmtFormat.ContentTypesFile}).");
            var schemaEntry = Find(zip, CmtFormat.SchemaFile);
            return new CmtPackage(ParseEntry(dataEntry, shownAs), schemaEntry == null ? null : ParseEntry(schemaEntry, shownAs));
        }
        catch (InvalidDataException)
        {
            throw new CmtMalformedException($"{shownAs} is not a zip file; pass the data.zip that 'pac data export' or the Configuration Migration tool writes, or a folder holding its {CmtFormat.DataFile}.");
        }
    }

    private static ZipArchiveEntry? Find(ZipArchive zip, string name) =>
        zip.Entries.FirstOrDefault(entry => string.Equals(entry.FullName, name, StringComparison.OrdinalIgnoreCase));

    private static XDocument ParseEntry(ZipArchiveEntry entry, string shownAs)
    {
        using var stream = entry.Open();
        return Parse(stream, shownAs, entry.FullName);
    }

    private static XDocument ParseFile(string path, string shownAs)
    {
        using var stream = File.OpenRead(path);
        return Parse(stream, shownAs, Path.GetFileName(path));
    }

    private static XDocument Parse(Stream stream, string shownAs, string file)
    {
        try
        {
            // No DTDs: a data file never needs one, and refusing them keeps entity expansion out.
            using var reader = XmlReader.Create(stream, new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null });
            return XDocument.Load(reader, LoadOptions.SetLineInfo);
        }
        catch (XmlException exception)
        {
            throw new CmtMalformedException($"{shownAs}: {file} is not well-formed XML at line {exception.LineNumber}, position {exception.LinePosition} ({exception.Message.TrimEnd('.')}); correct it or export it again — nothing was loaded.");
        }
    }
}
