using System.CommandLine;
using System.Globalization;
using System.IO;
using System.Text;
using CrmJourney.Solution.Preview;

namespace CrmJourney.Cli.Commands.Solution;

/// <summary>
/// <c>cjp solution preview --out DIR [SOLUTION-DIR]</c>: renders the app's site map and every form of
/// the unpacked solution as static HTML pages (index.html plus one page per form), so a person can see
/// what account managers and sales ops will get without a Dataverse environment.
/// </summary>
public sealed class SolutionPreviewCommand : ICliCommand
{
    /// <inheritdoc />
    public Command Build(CliContext context)
    {
        var directory = SolutionArguments.Directory();
        var output = new Option<string>("--out", "-o")
        {
            Description = "The folder to write the pages to (created; pages of the same name are replaced).",
            Required = true,
        };
        var command = new Command(
            "preview",
            """
            Render the app of the unpacked solution as static HTML: index.html with the site map (areas,
            groups, entries) and the list of forms, and one page per form with its tabs, sections, fields
            (labels, read-only marks) and subgrids. Open index.html in any browser.

            Examples:
              cjp solution preview --out out/preview
              cjp solution preview --out out/preview solution-package/src
            """);
        command.Arguments.Add(directory);
        command.Options.Add(output);
        command.SetAction(parseResult =>
        {
            var folder = SolutionFolderLocator.Locate(context, parseResult.GetValue(directory));
            var target = context.FullPath(parseResult.GetRequiredValue(output));
            if (File.Exists(target))
            {
                throw CliFailure.BadInput($"--out names the file {target}; give a folder to write the preview pages into, such as out/preview.");
            }

            // Everything is rendered before anything is written, so a folder that cannot be read leaves no partial preview.
            System.Collections.Generic.IReadOnlyList<PreviewPage> pages;
            try
            {
                pages = AppPreviewRenderer.Render(folder);
            }
            catch (InvalidDataException e)
            {
                throw CliFailure.BadInput(e.Message);
            }

            Directory.CreateDirectory(target);
            foreach (var page in pages)
            {
                File.WriteAllText(Path.Combine(target, page.FileName), page.Html, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
            }

            context.Out.Line(string.Create(CultureInfo.InvariantCulture, $"Wrote {pages.Count} pages to {target}: open {Path.Combine(target, "index.html")}."));
            return ExitCodes.Success;
        });
        return command;
    }
}
