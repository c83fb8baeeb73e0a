using System;
using System.Collections.Generic;
using System.CommandLine;
using System.IO;
using System.Linq;
using CrmJourney.Cli.Commands;
using Spectre.Console;

namespace CrmJourney.Cli;

/// <summary>
/// The cjp application: a root command composed of <see cref="ICliCommand"/>s (<see cref="Add"/>), one
/// global <c>--verbose</c> option, and one place that turns outcomes into exit codes — 0 success,
/// 1 the work failed, 2 bad input or usage. A failure prints one sentence; the stack trace only with
/// <c>--verbose</c>.
/// </summary>
public sealed class CliApplication
{
    private readonly CliContext _context;
    private readonly IReadOnlyList<ICliCommand> _commands;

    /// <summary>An application without commands, writing through <paramref name="context"/>.</summary>
    public CliApplication(CliContext context)
        : this(context, Array.Empty<ICliCommand>())
    {
    }

    private CliApplication(CliContext context, IReadOnlyList<ICliCommand> commands)
    {
        ArgumentNullException.ThrowIfNull(context);
        _context = context;
        _commands = commands;
    }

    /// <summary>Shows stack traces of failures.</summary>
    public static Option<bool> VerboseOption { get; } = new("--verbose")
    {
        Description = "Show the details (stack trace) of a failure.",
        Recursive = true,
    };

    /// <summary>cjp as shipped: the real console, the current directory and every command.</summary>
    public static CliApplication CreateDefault() =>
        WithAllCommands(new CliContext(AnsiConsole.Console, AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) }), Environment.CurrentDirectory));

    /// <summary>Every command of cjp, writing through <paramref name="context"/>. New commands are added here.</summary>
    public static CliApplication WithAllCommands(CliContext context) =>
        new CliApplication(context)
            .Add(new DemoCommand())
            .Add(new GenerateCommand())
            .Add(new InitCommand())
            .Add(new SweepCommand())
            .Add(new RulesCommand())
            .Add(new ReportCommand())
            .Add(new SolutionCommand())
            .Add(new BenchCommand());

    /// <summary>An application that also offers <paramref name="command"/>.</summary>
    public CliApplication Add(ICliCommand command)
    {
        ArgumentNullException.ThrowIfNull(command);
        return new CliApplication(_context, _commands.Append(command).ToList().AsReadOnly());
    }

    /// <summary>The root command with every added command under it.</summary>
    public RootCommand BuildRoot()
    {
        var root = new RootCommand(
            """
            cjp — the CrmJourneyPlugins command-line tool. Exit codes: 0 success, 1 the work failed, 2 bad input or usage.

            Examples:
              cjp demo
              cjp generate --accounts 400 --years 3 --seed 2026 --out out/firm
              cjp report --data out/demo/data --out out/report.html
              cjp rules validate tools/CrmJourney.Cli/rules.default.json
              cjp solution validate
              cjp solution pack --out out/CrmJourneyPlugins.zip
              cjp solution --help
              cjp bench --accounts 10000
            """);
        root.Options.Add(VerboseOption);
        foreach (var command in _commands)
        {
            root.Subcommands.Add(command.Build(_context));
        }

        return root;
    }

    /// <summary>Parses <paramref name="args"/>, runs the command and returns its exit code.</summary>
    public int Run(IReadOnlyList<string> args)
    {
        ArgumentNullException.ThrowIfNull(args);
        var root = BuildRoot();
        var result = root.Parse(args);
        if (result.Errors.Count > 0)
        {
            foreach (var error in result.Errors)
            {
                _context.Error.Line(error.Message);
            }

            var path = string.Join(" ", result.CommandResult.Command.Name == root.Name ? Array.Empty<string>() : CommandPath(result.CommandResult));
            _context.Error.Line($"Run 'cjp {(path.Length > 0 ? path + " " : string.Empty)}--help' to see the usage and examples.");
            return ExitCodes.BadInput;
        }

        var verbose = result.GetValue(VerboseOption);
        try
        {
            return result.Invoke(new InvocationConfiguration
            {
                Output = _context.Out.Profile.Out.Writer,
                Error = _context.Error.Profile.Out.Writer,
                EnableDefaultExceptionHandler = false,
            });
        }
        catch (CliFailure failure)
        {
            _context.Error.Line(failure.Message);
            if (verbose && failure.InnerException != null)
            {
                _context.Error.Line(failure.InnerException.ToString());
            }

            return failure.ExitCode;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidOperationException or InvalidDataException or System.Xml.XmlException)
        {
            _context.Error.Line($"cjp failed: {e.Message.Trim().TrimEnd('.')}; fix that and run again{(verbose ? string.Empty : ", or add --verbose for details")}.");
            if (verbose)
            {
                _context.Error.Line(e.ToString());
            }

            return ExitCodes.Failed;
        }
    }

    private static IEnumerable<string> CommandPath(System.CommandLine.Parsing.CommandResult result)
    {
        var names = new Stack<string>();
        for (var current = result; current?.Parent is System.CommandLine.Parsing.CommandResult parent; current = parent)
        {
            names.Push(current.Command.Name);
        }

        return names;
    }
}
