using System;

namespace CrmJourney.Domain.Metrics;

/// <summary>
/// Distinct clients who bought both <see cref="First"/> and <see cref="Second"/> (what a sweep's
/// continuation token carries; first = second gives the buyers of the line).
/// </summary>
public sealed record ServiceLinePairCount
{
    /// <summary>Creates the count; never negative.</summary>
    public ServiceLinePairCount(Guid first, Guid second, int clients)
    {
        if (clients < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(clients), clients, "A client count cannot be negative.");
        }

        First = first;
        Second = second;
        Clients = clients;
    }

    /// <summary>The line bought.</summary>
    public Guid First { get; }

    /// <summary>The line also bought.</summary>
    public Guid Second { get; }

    /// <summary>Distinct clients who bought both.</summary>
    public int Clients { get; }
}
