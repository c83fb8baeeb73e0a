using System.CommandLine;
using System.Linq;

namespace CrmJourney.Cli.Commands.Solution;

/// <summary>The arguments the solution commands share.</summary>
internal static class SolutionArguments
{
    /// <summary>
    /// The optional DIR argument: the unpacked solution folder. A token that looks like an option is
    /// refused here, otherwise a mistyped option would be taken for a folder name.
    /// </summary>
    public static Argument<string?> Directory()
    {
        var argument = new Argument<string?>("DIR")
        {
            Description = "The unpacked solution folder (default: solution-package/src of the repository).",
            Arity = ArgumentArity.ZeroOrOne,
        };
        argument.Validators.Add(result =>
        {
            var option = result.Tokens.FirstOrDefault(t => t.Value.StartsWith('-'));
            if (option != null)
            {
                result.AddError($"Unrecognized option '{option.Value}'.");
            }
        });
        return argument;
    }
}
