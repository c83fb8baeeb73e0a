using System.CommandLine;

namespace CrmJourney.Cli.Commands.Solution;

/// <summary>The arguments the solution commands share.</summary>
internal static class SolutionArguments
{
    /// <summary>The optional DIR argument: the unpacked solution folder.</summary>
    public static Argument<string?> Directory() => new("DIR")
    {
        Description = "The unpacked solution folder (default: solution-package/src of the repository).",
        Arity = ArgumentArity.ZeroOrOne,
    };
}
