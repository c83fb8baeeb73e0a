using System;
using CrmJourney.Domain.Journey;

namespace CrmJourney.Domain.Metrics;

/// <summary>The number of stage transitions from <see cref="From"/> to <see cref="To"/> within a range (a Sankey edge).</summary>
public sealed record StageFlow
{
    /// <summary>Creates the flow; the count must be positive and the stages different.</summary>
    public StageFlow(JourneyStage from, JourneyStage to, int count)
    {
        if (from == to)
        {
            throw new ArgumentException("A flow goes between two different stages.", nameof(to));
        }

        if (count < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(count), count, "A flow counts at least one transition.");
        }

        From = from;
        To = to;
        Count = count;
    }

    /// <summary>The stage left.</summary>
    public JourneyStage From { get; }

    /// <summary>The stage entered.</summary>
    public JourneyStage To { get; }

    /// <summary>How many transitions (not accounts: an account can flow twice).</summary>
    public int Count { get; }
}
