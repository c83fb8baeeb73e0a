using System.CommandLine;
using CrmJourney.Cli.Generation;

namespace CrmJourney.Cli.Commands;

/// <summary>The generator's options (--accounts, --years, --seed), shared by demo and generate.</summary>
internal sealed class GeneratorArguments
{
    public Option<int> Accounts { get; } = new("--accounts") { Description = "How many accounts the firm has (default 400).", DefaultValueFactory = _ => GeneratorOptions.DefaultAccounts };

    public Option<int> Years { get; } = new("--years") { Description = "Years of history (default 3).", DefaultValueFactory = _ => GeneratorOptions.DefaultYears };

    public Option<int> Seed { get; } = new("--seed") { Description = "Random seed; the same seed gives the same firm (default 2026).", DefaultValueFactory = _ => GeneratorOptions.DefaultSeed };

    public void AddTo(Command command)
    {
        command.Options.Add(Accounts);
        command.Options.Add(Years);
        command.Options.Add(Seed);
    }

    /// <summary>The options given; out-of-range values are bad input.</summary>
    public GeneratorOptions Read(ParseResult parseResult)
    {
        var options = new GeneratorOptions { Accounts = parseResult.GetValue(Accounts), Years = parseResult.GetValue(Years), Seed = parseResult.GetValue(Seed) };
        return options.Problem() is { } problem ? throw CliFailure.BadInput(problem) : options;
    }
}
