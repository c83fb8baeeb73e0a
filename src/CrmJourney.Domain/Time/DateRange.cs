using System;

namespace CrmJourney.Domain.Time;

/// <summary>
/// A reporting period: <see cref="From"/> inclusive, <see cref="To"/> exclusive, so consecutive
/// ranges (January, February…) never count an instant twice. An empty range (From == To) is
/// allowed and contains nothing; a range that ends before it starts is refused.
/// </summary>
public sealed record DateRange
{
    /// <summary>Creates the range [<paramref name="from"/>, <paramref name="to"/>).</summary>
    public DateRange(DateTime from, DateTime to)
    {
        if (to < from)
        {
            throw new ArgumentException(
                $"A date range must not end ({to:yyyy-MM-dd}) before it starts ({from:yyyy-MM-dd}); swap the two dates.",
                nameof(to));
        }

        From = from;
        To = to;
    }

    /// <summary>The first instant in the range.</summary>
    public DateTime From { get; }

    /// <summary>The first instant after the range.</summary>
    public DateTime To { get; }

    /// <summary>True when <paramref name="instant"/> is at or after <see cref="From"/> and before <see cref="To"/>.</summary>
    public bool Contains(DateTime instant) => instant >= From && instant < To;
}
