using System;

namespace CrmJourney.Cli.Generation;

/// <summary>
/// Row ids from a seeded sequence, so the same seed gives the same ids and the same CSV bytes. The
/// Guids are shaped as version-4 (random) Guids; they are not secret and need not be unpredictable.
/// Not thread-safe: one sequence per generator or organization.
/// </summary>
public sealed class SeededIds
{
    private readonly Random _random;

    /// <summary>A sequence starting from <paramref name="seed"/>.</summary>
    public SeededIds(int seed)
    {
        _random = new Random(seed);
    }

    /// <summary>The next id.</summary>
    public Guid Next()
    {
        Span<byte> bytes = stackalloc byte[16];
        _random.NextBytes(bytes);
        bytes[7] = (byte)((bytes[7] & 0x0F) | 0x40);
        bytes[8] = (byte)((bytes[8] & 0x3F) | 0x80);
        return new Guid(bytes);
    }
}
