using System;
using System.CommandLine;
using System.Globalization;
using System.IO;
using CrmJourney.Solution.Validation;

namespace CrmJourney.Cli.Commands.Solution;

/// <summary>
/// <c>cjp solution validate [DIR | FILE.zip]</c>: prints every problem of an unpacked solution (or of a
/// packed zip) as <c>path: problem</c> and exits 2 when there is any, or prints a one-line OK and exits 0.
/// By default a folder's step files are also compared with the [PluginStep] declarations in code (drift).
/// </summary>
public sealed class SolutionValidateCommand : ICliCommand
{
    /// <inheritdoc />
    public Command Build(CliContext context)
    {
        var directory = SolutionArguments.Directory();
        var structuralOnly = new Option<bool>("--structural-only")
        {
            Description = "Check only what the import itself would reject, not this product's conventions (option value prefix) or its [PluginStep] declarations (for solutions of other publishers).",
        };
        var command = new Command(
            "validate",
            """
            Check an unpacked solution folder and print each problem as 'path: problem' (exit 2 when there is any).
            Checks: required files, root components and the files components name, well-formed XML, unique ids,
            the columns, tables, views and web resources that steps, views, charts, forms, dashboards, apps and
            site maps name, relationships; then the publisher's option value prefix, drift between step files
            and the [PluginStep] declarations in code, and the shape of what this product emits. Given a .zip,
            checks the packed solution: its parts, their shape, the plugin assembly every registration names,
            and the plugin types steps and the custom API name.

            Examples:
              cjp solution validate
              cjp solution validate solution-package/src
              cjp solution validate out/CrmJourneyPlugins.zip
              cjp solution validate ../other/src --structural-only
            """);
        command.Arguments.Add(directory);
        command.Options.Add(structuralOnly);
        command.SetAction(parseResult =>
        {
            if (parseResult.GetValue(directory) is { } given && given.EndsWith(".zip", StringComparison.OrdinalIgnoreCase))
            {
                return ValidateZip(context, context.FullPath(given));
            }

            var folder = SolutionFolderLocator.Locate(context, parseResult.GetValue(directory));
            var structural = parseResult.GetValue(structuralOnly);
            var validator = structural ? SolutionValidator.Structural() : CodeRegistrations.Read(SolutionValidator.ForProductPlugins);
            var report = CodeRegistrations.Read(() => validator.Validate(folder));
            foreach (var line in report.Lines)
            {
                context.Out.Line(line);
            }

            if (!report.IsValid)
            {
                context.Error.Line(string.Create(CultureInfo.InvariantCulture, $"{report.Problems.Count} problem{(report.Problems.Count == 1 ? string.Empty : "s")} in {folder}; fix {(report.Problems.Count == 1 ? "it" : "them")} and run 'cjp solution validate' again."));
                return ExitCodes.BadInput;
            }

            var scope = structural ? "structure only" : "steps checked against the code";
            context.Out.Success(string.Create(CultureInfo.InvariantCulture, $"OK: {folder} is valid ({report.FilesChecked} XML files, {scope})."));
            return ExitCodes.Success;
        });
        return command;
    }

    private static int ValidateZip(CliContext context, string zipPath)
    {
        if (!File.Exists(zipPath))
        {
            throw CliFailure.BadInput($"The zip {zipPath} does not exist; pack one with 'cjp solution pack --out {zipPath}'.");
        }

        ValidationReport report;
        try
        {
            report = ZipSolutionValidator.Validate(zipPath);
        }
        catch (InvalidDataException e)
        {
            throw CliFailure.BadInput(e.Message);
        }

        foreach (var line in report.Lines)
        {
            context.Out.Line(line);
        }

        if (!report.IsValid)
        {
            context.Error.Line(string.Create(CultureInfo.InvariantCulture, $"{report.Problems.Count} problem{(report.Problems.Count == 1 ? string.Empty : "s")} in {zipPath}; fix the folder it was packed from and pack it again."));
            return ExitCodes.BadInput;
        }

        context.Out.Success(string.Create(CultureInfo.InvariantCulture, $"OK: {zipPath} is valid ({report.FilesChecked} XML files and the plugin assembly checked)."));
        return ExitCodes.Success;
    }
}
