using System;
using System.Globalization;
using CrmJourney.Domain.Engagements;

namespace CrmJourney.Domain.Metrics;

/// <summary>
/// A line to introduce, with its evidence: of the <see cref="Buyers"/> clients of the line the client
/// bought, <see cref="AlsoBought"/> also bought <see cref="Line"/>.
/// </summary>
public sealed record AffinitySuggestion
{
    /// <summary>Creates the suggestion; 0 &lt; also bought ≤ buyers.</summary>
    public AffinitySuggestion(ServiceLine line, int alsoBought, int buyers)
    {
        if (alsoBought < 0 || buyers < alsoBought)
        {
            throw new ArgumentException($"A suggestion needs 0 ≤ also bought ≤ buyers; got {alsoBought} of {buyers}.", nameof(alsoBought));
        }

        Line = line ?? throw new ArgumentNullException(nameof(line));
        AlsoBought = alsoBought;
        Buyers = buyers;
    }

    /// <summary>The line suggested.</summary>
    public ServiceLine Line { get; }

    /// <summary>Clients of the bought line who also bought the suggested one.</summary>
    public int AlsoBought { get; }

    /// <summary>Clients of the bought line.</summary>
    public int Buyers { get; }

    /// <summary>AlsoBought / Buyers (Buyers is never zero for a suggestion with evidence).</summary>
    public double Share => Buyers == 0 ? 0 : (double)AlsoBought / Buyers;

    /// <summary>The share as a whole percentage, rounded half away from zero ("38%").</summary>
    public string SharePercent => ((int)Math.Round(Share * 100, MidpointRounding.AwayFromZero)).ToString(CultureInfo.InvariantCulture) + "%";
}
