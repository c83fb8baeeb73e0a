using System;

namespace CrmJourney.Cli.Commands.Solution;

/// <summary>Reads the product's [PluginStep] declarations, turning an invalid declaration into a cjp failure.</summary>
internal static class CodeRegistrations
{
    /// <summary>Runs <paramref name="work"/>, which reads the plugin catalog; an invalid catalog fails the command (exit 1).</summary>
    public static T Read<T>(Func<T> work)
    {
        try
        {
            return work();
        }
        catch (InvalidOperationException e) when (e.Message.StartsWith("Invalid plugin step registrations", StringComparison.Ordinal))
        {
            throw CliFailure.Failed($"The [PluginStep] declarations in code are invalid, so the solution cannot be compared with them: {e.Message.Replace(Environment.NewLine, " ", StringComparison.Ordinal)} Fix the declarations and run again.", e);
        }
    }
}
