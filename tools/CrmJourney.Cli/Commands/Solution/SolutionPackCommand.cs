using System;
using System.CommandLine;
using System.Globalization;
using System.IO;
using CrmJourney.Solution.Packing;
using CrmJourney.Solution.Validation;

namespace CrmJourney.Cli.Commands.Solution;

/// <summary>
/// <c>cjp solution pack --out FILE.zip [--assembly PATH.dll] [DIR]</c>: validates the folder, refuses to
/// pack an invalid one (exit 2, nothing written), then writes the zip Dataverse imports with the plugin
/// assembly the default build made (plugin/CrmJourney.Plugins.dll next to cjp: the signed net462 build),
/// and says plainly when that assembly references something Dataverse's sandbox does not have.
/// </summary>
public sealed class SolutionPackCommand : ICliCommand
{
    /// <summary>Where the build puts the deployable plugin assembly, relative to cjp (see CrmJourney.Solution.csproj).</summary>
    public const string BundledAssembly = "plugin/CrmJourney.Plugins.dll";

    /// <inheritdoc />
    public Command Build(CliContext context)
    {
        var directory = SolutionArguments.Directory();
        var output = new Option<string>("--out", "-o")
        {
            Description = "The zip to write (replaced if it exists).",
            Required = true,
        };
        var assembly = new Option<string?>("--assembly")
        {
            Description = $"The net462 CrmJourney.Plugins.dll to put in the zip; by default the one the build placed next to cjp ({BundledAssembly}).",
        };
        var command = new Command(
            "pack",
            """
            Validate the unpacked solution and pack it into the zip Dataverse imports ([Content_Types].xml,
            solution.xml, customizations.xml, customapis/, and the strong-named plugin assembly at the path its
            PluginAssemblies/ registration names). Refuses an invalid folder and an assembly that is not the
            build the registration describes.

            Examples:
              cjp solution pack --out out/CrmJourneyPlugins.zip
              cjp solution pack --out out/CrmJourneyPlugins.zip --assembly src/CrmJourney.Plugins/bin/Release/net462/CrmJourney.Plugins.dll
            """);
        command.Arguments.Add(directory);
        command.Options.Add(output);
        command.Options.Add(assembly);
        command.SetAction(parseResult =>
        {
            var folder = SolutionFolderLocator.Locate(context, parseResult.GetValue(directory));
            var zipPath = context.FullPath(parseResult.GetRequiredValue(output));
            if (Directory.Exists(zipPath))
            {
                throw CliFailure.BadInput($"--out names the folder {zipPath}; give the path of the zip to write, such as out/CrmJourneyPlugins.zip.");
            }

            var assemblyPath = parseResult.GetValue(assembly) is { } given
                ? context.FullPath(given)
                : Path.Combine(AppContext.BaseDirectory, BundledAssembly.Replace('/', Path.DirectorySeparatorChar));
            if (!File.Exists(assemblyPath))
            {
                throw CliFailure.BadInput($"The plugin assembly {assemblyPath} does not exist; build the plugins with 'dotnet build' (it writes the net462 build to src/CrmJourney.Plugins/bin/<configuration>/net462/) or pass --assembly.");
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

            Directory.CreateDirectory(Path.GetDirectoryName(zipPath)!);
            PackResult result;
            try
            {
                result = new SolutionPacker().PackToFile(folder, zipPath, assemblyPath);
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
            foreach (var (entry, inspection) in result.PluginAssemblies)
            {
                if (inspection.UnavailableReferences.Count > 0)
                {
                    context.Error.Warning($"{entry} references {string.Join(", ", inspection.UnavailableReferences)}, which Dataverse's sandbox does not provide, so its plugins would fail when they first run; build with the SDK's real assembly identities and without other dependencies.");
                }
            }

            return ExitCodes.Success;
        });
        return command;
    }
}
