using System.CommandLine;
using System.Globalization;
using System.IO;
using CrmJourney.Solution.Packing;
using CrmJourney.Solution.Plugins;
using CrmJourney.Solution.Validation;

namespace CrmJourney.Cli.Commands.Solution;

/// <summary>
/// <c>cjp solution pack --out FILE.zip [--package PATH.nupkg] [DIR]</c>: validates the folder, refuses
/// to pack an invalid one (exit 2, nothing written), then writes the zip Dataverse imports, and says
/// plainly when the zip cannot deploy the plugins (no package, or one built against the SDK stand-in).
/// </summary>
public sealed class SolutionPackCommand : ICliCommand
{
    /// <inheritdoc />
    public Command Build(CliContext context)
    {
        var directory = SolutionArguments.Directory();
        var output = new Option<string>("--out", "-o")
        {
            Description = "The zip to write (replaced if it exists).",
            Required = true,
        };
        var package = new Option<string?>("--package")
        {
            Description = "The plugin package (.nupkg) to put in the zip; build it with -p:XrmSdk=NuGet (see solution-package/README.md).",
        };
        var command = new Command(
            "pack",
            """
            Validate the unpacked solution and pack it into the zip Dataverse imports ([Content_Types].xml,
            solution.xml, customizations.xml, customapis/, pluginpackages/, PluginAssemblies/). Refuses an
            invalid folder. Says when the plugin package is missing or was built against the SDK stand-in.

            Examples:
              cjp solution pack --out out/CrmJourneyPlugins.zip
              cjp solution pack --out out/CrmJourneyPlugins.zip --package src/CrmJourney.Plugins/bin/Release/cjp_CrmJourney.Plugins.0.1.0.nupkg
            """);
        command.Arguments.Add(directory);
        command.Options.Add(output);
        command.Options.Add(package);
        command.SetAction(parseResult =>
        {
            var folder = SolutionFolderLocator.Locate(context, parseResult.GetValue(directory));
            var zipPath = context.FullPath(parseResult.GetRequiredValue(output));
            if (Directory.Exists(zipPath))
            {
                throw CliFailure.BadInput($"--out names the folder {zipPath}; give the path of the zip to write, such as out/CrmJourneyPlugins.zip.");
            }

            var packagePath = parseResult.GetValue(package) is { } given ? context.FullPath(given) : null;
            if (packagePath != null && !File.Exists(packagePath))
            {
                throw CliFailure.BadInput($"The plugin package {packagePath} does not exist; build it with 'dotnet pack src/CrmJourney.Plugins -c Release -p:XrmSdk=NuGet' or leave out --package.");
            }

            var report = CodeRegistrations.Read(() => SolutionValidator.ForProductPlugins().Validate(folder));
            if (!report.IsValid)
            {
                foreach (var line in report.Lines)
                {
                    context.Error.Line(line);
                }

                throw CliFailure.BadInput(string.Create(CultureInfo.InvariantCulture, $"Refusing to pack: {folder} has {report.Problems.Count} problem{(report.Problems.Count == 1 ? string.Empty : "s")} (listed above); fix them and pack again."));
            }

            var inspection = packagePath == null ? null : PluginPackageInspector.Inspect(packagePath, PluginPackageDefinition.ForProductPlugins("cjp").Assembly.Name);
            Directory.CreateDirectory(Path.GetDirectoryName(zipPath)!);
            PackResult result;
            try
            {
                result = new SolutionPacker().PackToFile(folder, zipPath, packagePath);
            }
            catch (InvalidDataException e)
            {
                throw CliFailure.BadInput(e.Message);
            }

            foreach (var entry in result.Entries)
            {
                context.Out.Line(entry);
            }

            context.Out.Line(string.Create(CultureInfo.InvariantCulture, $"Packed {zipPath}: {result.Entries.Count} entries."));
            if (result.PluginPackageSource == null)
            {
                context.Error.Warning("the zip carries no plugin package, so it cannot deploy the plugins; build one with -p:XrmSdk=NuGet and pass it with --package (see solution-package/README.md, \"Building and importing\").");
            }
            else if (inspection is { IsDeployable: false })
            {
                context.Error.Warning(inspection.Verdict);
            }

            return ExitCodes.Success;
        });
        return command;
    }
}
