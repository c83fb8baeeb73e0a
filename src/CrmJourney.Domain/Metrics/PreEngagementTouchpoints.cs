using System;
using CrmJourney.Domain.Touchpoints;

namespace CrmJourney.Domain.Metrics;

/// <summary>
/// The touchpoints that came before accounts' first engagement: for each account whose first
/// engagement (earliest start of an active or completed engagement) started within the range,
/// its touchpoints strictly before that start, totalled and tallied per channel.
/// </summary>
public sealed record PreEngagementTouchpoints
{
    /// <summary>Creates the figures.</summary>
    public PreEngagementTouchpoints(int accountCount, TouchpointTally channels)
    {
        if (accountCount < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(accountCount), accountCount, "An account count cannot be negative.");
        }

        AccountCount = accountCount;
        Channels = channels ?? throw new ArgumentNullException(nameof(channels));
    }

    /// <summary>Accounts whose first engagement started within the range.</summary>
    public int AccountCount { get; }

    /// <summary>Their touchpoints before that first engagement, per channel.</summary>
    public TouchpointTally Channels { get; }

    /// <summary>The total of those touchpoints.</summary>
    public int TouchpointCount => Channels.Total;

    /// <summary>Average touchpoints per converting account, or null with no such account.</summary>
    public double? AveragePerAccount => AccountCount == 0 ? null : (double)TouchpointCount / AccountCount;
}
