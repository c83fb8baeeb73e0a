using System;
using CrmJourney.Domain.Journey;

namespace CrmJourney.Domain.Metrics;

/// <summary>How many accounts were in <see cref="Stage"/> at the end of a range.</summary>
public sealed record StageCount
{
    /// <summary>Creates the count; never negative.</summary>
    public StageCount(JourneyStage stage, int count)
    {
        if (count < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(count), count, "A stage count cannot be negative.");
        }

        Stage = stage;
        Count = count;
    }

    /// <summary>The stage.</summary>
    public JourneyStage Stage { get; }

    /// <summary>Accounts in it.</summary>
    public int Count { get; }
}
