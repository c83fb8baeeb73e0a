using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using CrmJourney.LocalOrg;
using CrmJourney.LocalOrg.Cmt;
using CrmJourney.LocalOrg.Csv;
using CrmJourney.LocalOrg.Metadata;

namespace CrmJourney.Cli.Organization;

/// <summary>
/// A data folder in LocalOrg's CSV format (one <c>&lt;logicalname&gt;.csv</c> per table), or a
/// Configuration Migration package (a data.zip, or a folder holding data.xml and data_schema.xml): loaded
/// into an organization all or nothing, and written atomically in the form it has — into a temporary
/// sibling that then replaces the target — so a failure at any point leaves the target exactly as it was.
/// </summary>
/// <remarks>
/// Every organization starts with two users of its own (SYSTEM and the default administrator). They are
/// left out of systemuser.csv on export and skipped on load, so a folder written by one organization
/// loads into another without clashing ids; rows created by them keep pointing to them.
/// </remarks>
public static class DataFolder
{
    private static readonly string[] _builtInUsers =
    {
        LocalOrganization.SystemUserId.ToString("D", CultureInfo.InvariantCulture),
        LocalOrganization.DefaultUserId.ToString("D", CultureInfo.InvariantCulture),
    };

    private static readonly IReadOnlySet<Guid> _builtInUserIds = new HashSet<Guid> { LocalOrganization.SystemUserId, LocalOrganization.DefaultUserId };

    /// <summary>
    /// The form of the data at <paramref name="path"/>: a file or a path ending in .zip is a
    /// Configuration Migration data.zip, a folder holding data.xml (and no account.csv) a Configuration
    /// Migration folder, anything else a CSV folder.
    /// </summary>
    public static DataFolderFormat FormatOf(string path)
    {
        if (File.Exists(path) || (!Directory.Exists(path) && path.EndsWith(CmtFormat.ZipExtension, StringComparison.OrdinalIgnoreCase)))
        {
            return DataFolderFormat.CmtZip;
        }

        return Directory.Exists(path) && File.Exists(Path.Combine(path, CmtFormat.DataFile)) && !File.Exists(Path.Combine(path, CsvFormat.FileName(StandardTableNames.Account)))
            ? DataFolderFormat.CmtFolder
            : DataFolderFormat.Csv;
    }

    /// <summary>
    /// Loads <paramref name="folder"/> (a CSV folder, a data.zip or a Configuration Migration folder) into
    /// <paramref name="organization"/>; every problem, and every warning about content left out, is
    /// written to <paramref name="problems"/>, and a failed load throws a <see cref="CliFailure"/> (bad
    /// input), leaving the organization empty. Returns the rows loaded per table.
    /// </summary>
    public static IReadOnlyDictionary<string, int> Load(LocalOrganization organization, string folder, string shownAs, Action<string> problems)
    {
        ArgumentNullException.ThrowIfNull(organization);
        ArgumentNullException.ThrowIfNull(problems);
        if (FormatOf(folder) != DataFolderFormat.Csv)
        {
            if (!File.Exists(folder) && !Directory.Exists(folder))
            {
                throw CliFailure.BadInput($"The data file {shownAs} does not exist; pass the data.zip that 'pac data export' or 'cjp generate --format cmt' writes.");
            }

            var imported = CmtImporter.Import(organization.Store, folder, shownAs);
            foreach (var warning in imported.Warnings)
            {
                problems("warning: " + warning);
            }

            return imported.Succeeded ? imported.RowsLoaded : throw CliFailure.BadInput(imported.Problem!);
        }

        if (!Directory.Exists(folder))
        {
            throw CliFailure.BadInput($"The data folder {shownAs} does not exist; pass a folder of <table>.csv files (e.g. the data/ folder 'cjp demo' or 'cjp generate' writes) or a Configuration Migration data.zip.");
        }

        var files = Directory.GetFiles(folder, "*" + CsvFormat.FileExtension);
        Array.Sort(files, StringComparer.Ordinal);
        if (!files.Any(f => Path.GetFileName(f) == CsvFormat.FileName(StandardTableNames.Account)))
        {
            throw CliFailure.BadInput($"The data folder {shownAs} has no {CsvFormat.FileName(StandardTableNames.Account)}; pass a folder of <table>.csv files (e.g. the data/ folder 'cjp demo' or 'cjp generate' writes), a Configuration Migration data.zip, or a folder holding its data.xml.");
        }

        var sources = files.Select(f => Path.GetFileName(f) == CsvFormat.FileName(StandardTableNames.SystemUser)
            ? CsvSource.FromText(Path.GetFileName(f), WithoutBuiltInUsers(File.ReadAllText(f)))
            : CsvSource.FromFile(f));
        var result = CsvImporter.Import(organization.Store, sources);
        if (!result.Succeeded)
        {
            foreach (var problem in result.Problems)
            {
                problems(problem.ToString());
            }

            var more = result.ProblemCount > result.Problems.Count ? string.Create(CultureInfo.InvariantCulture, $" (the first {result.Problems.Count} listed above)") : " (listed above)";
            throw CliFailure.BadInput(string.Create(CultureInfo.InvariantCulture, $"The data folder {shownAs} has {result.ProblemCount} problem{(result.ProblemCount == 1 ? string.Empty : "s")}{more}; correct {(result.ProblemCount == 1 ? "it" : "them")} in the CSV files and run again — nothing was changed."));
        }

        return result.RowsLoaded;
    }

    /// <summary>
    /// Writes the organization's data to <paramref name="folder"/> in <paramref name="format"/> (by default
    /// the form the target already has: see <see cref="FormatOf"/>), replacing what is there only once
    /// every file is written. Returns the files written, by name.
    /// </summary>
    public static IReadOnlyList<string> Save(LocalOrganization organization, string folder, DataFolderFormat? format = null)
    {
        ArgumentNullException.ThrowIfNull(organization);
        var target = Path.GetFullPath(folder);
        switch (format ?? FormatOf(target))
        {
            case DataFolderFormat.CmtZip:
                return SaveZip(organization, target);
            case DataFolderFormat.CmtFolder:
                return SaveFolder(target, staging => CmtExporter.SaveFolder(organization.Store, staging, organization.Now(), _builtInUserIds));
            default:
                return SaveFolder(target, staging => SaveCsv(organization, staging));
        }
    }

    private static IReadOnlyList<string> SaveCsv(LocalOrganization organization, string staging)
    {
        var files = CsvExporter.ExportFolder(organization.Store, staging);
        var users = Path.Combine(staging, CsvFormat.FileName(StandardTableNames.SystemUser));
        if (File.Exists(users))
        {
            File.WriteAllText(users, WithoutBuiltInUsers(File.ReadAllText(users)));
        }

        return files.Select(Path.GetFileName).OfType<string>().ToList();
    }

    /// <summary>Writes the zip next to the target, then renames it over the target (atomic on one volume).</summary>
    private static IReadOnlyList<string> SaveZip(LocalOrganization organization, string target)
    {
        var parent = Path.GetDirectoryName(target) ?? throw new IOException($"{target} has no parent folder to write next to.");
        Directory.CreateDirectory(parent);
        var staging = Path.Combine(parent, $".{Path.GetFileName(target)}.writing-{Guid.NewGuid():N}");
        try
        {
            CmtExporter.SaveZip(organization.Store, staging, organization.Now(), _builtInUserIds);
            File.Move(staging, target, overwrite: true);
            return new[] { Path.GetFileName(target) };
        }
        finally
        {
            File.Delete(staging);
        }
    }

    private static IReadOnlyList<string> SaveFolder(string target, Func<string, IReadOnlyList<string>> write)
    {
        var parent = Path.GetDirectoryName(target) ?? throw new IOException($"{target} has no parent folder to write next to.");
        Directory.CreateDirectory(parent);
        var name = Path.GetFileName(target);
        var staging = Path.Combine(parent, $".{name}.writing-{Guid.NewGuid():N}");
        var retired = Path.Combine(parent, $".{name}.replaced-{Guid.NewGuid():N}");
        try
        {
            var files = write(staging);
            if (Directory.Exists(target))
            {
                Directory.Move(target, retired);
            }

            Directory.Move(staging, target);
            if (Directory.Exists(retired))
            {
                Directory.Delete(retired, recursive: true);
            }

            return files;
        }
        catch
        {
            if (!Directory.Exists(target) && Directory.Exists(retired))
            {
                Directory.Move(retired, target);
            }

            if (Directory.Exists(staging))
            {
                Directory.Delete(staging, recursive: true);
            }

            throw;
        }
    }

    private static string WithoutBuiltInUsers(string csv)
    {
        // Each exported row starts with its id; the built-in users' rows are single lines (no line breaks in their values).
        // Splitting at \n keeps each line's \r, so CRLF and LF files both come back byte for byte.
        var lines = csv.Split('\n');
        return string.Join('\n', lines.Where(line => !_builtInUsers.Any(id => line.StartsWith(id, StringComparison.OrdinalIgnoreCase))));
    }
}
