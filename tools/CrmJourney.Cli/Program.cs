namespace CrmJourney.Cli;

/// <summary>The entry point of cjp.</summary>
public static class Program
{
    /// <summary>Runs cjp with <paramref name="args"/> and returns its exit code.</summary>
    public static int Main(string[] args) => CliApplication.CreateDefault().Run(args);
}
