using System.CommandLine;
using System.Globalization;
using System.IO;
using CrmJourney.Plugins.Registration;
using CrmJourney.Solution;
using CrmJourney.Solution.Steps;

namespace CrmJourney.Cli.Commands.Solution;

/// <summary>
/// <c>cjp solution sync [DIR]</c>: regenerates the step files, the plugin assembly registration and the plugin
/// root components of Solution.xml from the [PluginStep] declarations in code, deleting step files
/// whose step is gone. Run it after changing a [PluginStep]; the drift test fails until you do.
/// </summary>
public sealed class SolutionSyncCommand : ICliCommand
{
    /// <inheritdoc />
    public Command Build(CliContext context)
    {
        var directory = SolutionArguments.Directory();
        var command = new Command(
            "sync",
            """
            Regenerate SdkMessageProcessingSteps/*.xml, the plugin assembly registration and the plugin root components
            of Other/Solution.xml from the [PluginStep] declarations in code. Step files without a declaration
            are deleted. Run it after adding or changing a [PluginStep], then commit the result.

            Examples:
              cjp solution sync
              cjp solution sync solution-package/src
            """);
        command.Arguments.Add(directory);
        command.SetAction(parseResult =>
        {
            var folder = SolutionFolderLocator.Locate(context, parseResult.GetValue(directory));
            if (!File.Exists(SolutionPaths.Full(folder, SolutionPaths.SolutionManifest)))
            {
                throw CliFailure.BadInput($"{folder} has no {SolutionPaths.SolutionManifest}; pass the unpacked solution folder (the one holding Other/Solution.xml).");
            }

            var plan = CodeRegistrations.Read(() => SolutionSynchronizer.ForProductPlugins().Plan(folder));
            SolutionSynchronizer.Apply(plan);
            foreach (var file in plan.Writes)
            {
                context.Out.Line($"wrote {file.RelativePath}");
            }

            foreach (var path in plan.Deletes)
            {
                context.Out.Line($"deleted {path}");
            }

            context.Out.Line(plan.IsEmpty
                ? string.Create(CultureInfo.InvariantCulture, $"Up to date: {plan.Unchanged} generated files in {folder} already match the code.")
                : string.Create(CultureInfo.InvariantCulture, $"Synced {folder}: {plan.Writes.Count} written, {plan.Deletes.Count} deleted, {plan.Unchanged} unchanged."));
            foreach (var step in SdkMessages.Unexportable(PluginCatalog.ForProductPlugins().Steps))
            {
                context.Out.Line($"Warning: step {step.Name} has no step file (the platform id of message \"{step.Message}\" is not known), so the zip does not register it; after importing, run 'cjp solution register --connection \"…\"' to register it in the organization.");
            }

            return ExitCodes.Success;
        });
        return command;
    }
}
