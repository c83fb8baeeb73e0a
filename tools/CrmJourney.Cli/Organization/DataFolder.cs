using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using CrmJourney.LocalOrg;
using CrmJourney.LocalOrg.Csv;
using CrmJourney.LocalOrg.Metadata;

namespace CrmJourney.Cli.Organization;

/// <summary>
/// A data folder in LocalOrg's CSV format (one <c>&lt;logicalname&gt;.csv</c> per table): loaded into an
/// organization all or nothing, and written atomically — into a temporary sibling folder that then
/// replaces the target — so a failure at any point leaves the target exactly as it was.
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

    /// <summary>
    /// Loads <paramref name="folder"/> into <paramref name="organization"/>; every problem is written to
    /// <paramref name="problems"/> and the load fails with a <see cref="CliFailure"/> (bad input), leaving
    /// the organization empty.
    /// </summary>
    public static CsvImportResult Load(LocalOrganization organization, string folder, string shownAs, Action<string> problems)
    {
        ArgumentNullException.ThrowIfNull(organization);
        ArgumentNullException.ThrowIfNull(problems);
        if (!Directory.Exists(folder))
        {
            throw CliFailure.BadInput($"The data folder {shownAs} does not exist; pass a folder of <table>.csv files, e.g. the data/ folder 'cjp demo' or 'cjp generate' writes.");
        }

        var files = Directory.GetFiles(folder, "*" + CsvFormat.FileExtension);
        Array.Sort(files, StringComparer.Ordinal);
        if (!files.Any(f => Path.GetFileName(f) == CsvFormat.FileName(StandardTableNames.Account)))
        {
            throw CliFailure.BadInput($"The data folder {shownAs} has no {CsvFormat.FileName(StandardTableNames.Account)}; pass a folder of <table>.csv files, e.g. the data/ folder 'cjp demo' or 'cjp generate' writes.");
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

        return result;
    }

    /// <summary>
    /// Writes the organization's data to <paramref name="folder"/>, replacing what is there only once
    /// every file is written. Returns the files written, by name.
    /// </summary>
    public static IReadOnlyList<string> Save(LocalOrganization organization, string folder)
    {
        ArgumentNullException.ThrowIfNull(organization);
        var target = Path.GetFullPath(folder);
        var parent = Path.GetDirectoryName(target) ?? throw new IOException($"{target} has no parent folder to write next to.");
        Directory.CreateDirectory(parent);
        var name = Path.GetFileName(target);
        var staging = Path.Combine(parent, $".{name}.writing-{Guid.NewGuid():N}");
        var retired = Path.Combine(parent, $".{name}.replaced-{Guid.NewGuid():N}");
        try
        {
            var files = CsvExporter.ExportFolder(organization.Store, staging);
            var users = Path.Combine(staging, CsvFormat.FileName(StandardTableNames.SystemUser));
            if (File.Exists(users))
            {
                File.WriteAllText(users, WithoutBuiltInUsers(File.ReadAllText(users)));
            }

            if (Directory.Exists(target))
            {
                Directory.Move(target, retired);
            }

            Directory.Move(staging, target);
            if (Directory.Exists(retired))
            {
                Directory.Delete(retired, recursive: true);
            }

            return files.Select(Path.GetFileName).OfType<string>().ToList();
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
