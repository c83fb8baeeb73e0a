using System.IO;
using System.IO.Compression;

namespace CrmJourney.Solution.Tests.Packing;

/// <summary>Writes a zip with the given entries: enough of a .nupkg for the packer and the inspector.</summary>
public static class FakeNupkg
{
    public static void Write(string path, params (string Name, byte[] Content)[] entries)
    {
        using var file = File.Create(path);
        using var zip = new ZipArchive(file, ZipArchiveMode.Create);
        foreach (var (name, content) in entries)
        {
            using var stream = zip.CreateEntry(name).Open();
            stream.Write(content);
        }
    }
}
