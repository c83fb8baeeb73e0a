using System.CommandLine;

namespace CrmJourney.Cli;

/// <summary>
/// One cjp command (or command group): builds its System.CommandLine <see cref="Command"/> — name,
/// description with examples for --help, arguments, options, action. Add it to the application with
/// <see cref="CliApplication.Add"/>; failures are thrown as <see cref="CliFailure"/>.
/// </summary>
public interface ICliCommand
{
    /// <summary>The command, wired to <paramref name="context"/>.</summary>
    Command Build(CliContext context);
}
