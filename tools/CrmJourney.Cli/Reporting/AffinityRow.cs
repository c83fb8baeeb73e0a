namespace CrmJourney.Cli.Reporting;

/// <summary>One cell of the service-line affinity table: of the clients who bought <paramref name="Bought"/>, how many also bought <paramref name="Also"/>.</summary>
/// <param name="Bought">The line bought.</param>
/// <param name="Also">The other line.</param>
/// <param name="Buyers">Clients who bought <paramref name="Bought"/>.</param>
/// <param name="Both">Of them, clients who also bought <paramref name="Also"/>.</param>
public sealed record AffinityRow(string Bought, string Also, int Buyers, int Both)
{
    /// <summary>Both / buyers, or null with no buyers.</summary>
    public double? Share => Buyers == 0 ? null : (double)Both / Buyers;
}
