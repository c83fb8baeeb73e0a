using System;

namespace CrmJourney.Domain.Metrics;

/// <summary>
/// A conversion over a date range: of the <see cref="Denominator"/> distinct accounts that were in
/// the source stage at some time during the range (at its start, or entering it within it),
/// <see cref="Numerator"/> made the conversion within the range. <see cref="Rate"/> is null when no
/// account was in the source stage (a rate of nothing is not zero).
/// </summary>
public sealed record ConversionRate
{
    /// <summary>Creates the rate; 0 ≤ numerator ≤ denominator.</summary>
    public ConversionRate(ConversionKind kind, int numerator, int denominator)
    {
        if (numerator < 0 || denominator < 0 || numerator > denominator)
        {
            throw new ArgumentException($"A conversion needs 0 ≤ numerator ≤ denominator; got {numerator} of {denominator}.", nameof(numerator));
        }

        Kind = kind;
        Numerator = numerator;
        Denominator = denominator;
    }

    /// <summary>Which conversion.</summary>
    public ConversionKind Kind { get; }

    /// <summary>Accounts that converted.</summary>
    public int Numerator { get; }

    /// <summary>Accounts that could have converted.</summary>
    public int Denominator { get; }

    /// <summary>Numerator / denominator, or null when the denominator is zero.</summary>
    public double? Rate => Denominator == 0 ? null : (double)Numerator / Denominator;
}
