using System;
using System.IO;
using System.Linq;

namespace CrmJourney.Cli.Tests;

/// <summary>A temporary folder, optionally seeded with a copy of the shipped solution, deleted on dispose.</summary>
public sealed class TemporaryFolder : IDisposable
{
    public TemporaryFolder()
    {
        Root = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "cjp-cli-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Root);
    }

    public string Root { get; }

    public string Path(string relative) => System.IO.Path.Combine(Root, relative.Replace('/', System.IO.Path.DirectorySeparatorChar));

    /// <summary>Copies solution-package/src into <paramref name="relative"/> and returns its full path.</summary>
    public string CopyOfShippedSolution(string relative = "solution")
    {
        var source = System.IO.Path.Combine(RepositoryRoot.Path, "solution-package", "src");
        var target = Path(relative);
        foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            var destination = System.IO.Path.Combine(target, System.IO.Path.GetRelativePath(source, file));
            Directory.CreateDirectory(System.IO.Path.GetDirectoryName(destination)!);
            File.Copy(file, destination);
        }

        return target;
    }

    /// <summary>Every file under the folder with its bytes, to prove a failed command wrote nothing.</summary>
    public string Snapshot() =>
        string.Join("\n", Directory.EnumerateFiles(Root, "*", SearchOption.AllDirectories)
            .Order(StringComparer.Ordinal)
            .Select(f => f + ":" + Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(f)))));

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // Cleanup is best effort; never fail a test over it.
        }
    }
}
