using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using CrmJourney.Domain.Time;

namespace CrmJourney.Domain.Rules;

/// <summary>
/// A rule's optional extra conditions (cjp_conditionsjson), applied by every account rule after its
/// stage and tier filter. Keys in the JSON object: <c>minimumDaysInStage</c> (whole number ≥ 0: the
/// account has been in its stage at least that long; an account with no stage-entered date fails it),
/// <c>maximumDaysSinceTouchpoint</c> (whole number ≥ 1: leave alone accounts silent for longer, e.g.
/// to stop chasing the long-lost; an account never touched fails it), <c>serviceLineCodes</c> (array of
/// catalogue codes, case-insensitive: the account has bought at least one of them). Absent keys do not
/// restrict. Any other key is refused when the rule is saved.
/// </summary>
public sealed record NurtureConditions
{
    /// <summary>The JSON keys this type understands.</summary>
    public static readonly IReadOnlyList<string> Keys = new[] { "minimumDaysInStage", "maximumDaysSinceTouchpoint", "serviceLineCodes" };

    private readonly IReadOnlyList<string> _serviceLineCodes = Array.Empty<string>();

    /// <summary>No extra conditions.</summary>
    public static NurtureConditions None { get; } = new();

    /// <summary>Minimum whole days in the current stage, or null for no such condition.</summary>
    public int? MinimumDaysInStage { get; init; }

    /// <summary>Maximum whole days since the last touchpoint, or null for no such condition.</summary>
    public int? MaximumDaysSinceTouchpoint { get; init; }

    /// <summary>Service-line codes of which the account must have bought at least one; empty for no such condition.</summary>
    public IReadOnlyList<string> ServiceLineCodes
    {
        get => _serviceLineCodes;
        init => _serviceLineCodes = (value ?? throw new ArgumentNullException(nameof(ServiceLineCodes))).ToList();
    }

    /// <summary>True when no condition is set.</summary>
    public bool IsEmpty => MinimumDaysInStage is null && MaximumDaysSinceTouchpoint is null && ServiceLineCodes.Count == 0;

    /// <summary>Null when the candidate meets every condition as of <paramref name="asOf"/>, otherwise why not.</summary>
    public string? Check(NurtureCandidate candidate, DateTime asOf)
    {
        if (candidate is null)
        {
            throw new ArgumentNullException(nameof(candidate));
        }

        if (MinimumDaysInStage is int minimum)
        {
            var days = candidate.StageEnteredOn is DateTime entered ? WholeDays.Signed(entered, asOf) : (int?)null;
            if (days is null || days < minimum)
            {
                return $"in its stage for {(days is null ? "an unknown number of" : days.Value.ToString(CultureInfo.InvariantCulture))} days, fewer than the {minimum.ToString(CultureInfo.InvariantCulture)} the rule's conditions ask";
            }
        }

        if (MaximumDaysSinceTouchpoint is int maximum)
        {
            var days = candidate.LastTouchpointOn is DateTime last ? WholeDays.Signed(last, asOf) : (int?)null;
            if (days is null || days > maximum)
            {
                return $"silent for {(days is null ? "ever" : days.Value.ToString(CultureInfo.InvariantCulture) + " days")}, beyond the {maximum.ToString(CultureInfo.InvariantCulture)} days the rule's conditions allow";
            }
        }

        if (ServiceLineCodes.Count > 0
            && !candidate.ServiceLinesUsed.Any(s => ServiceLineCodes.Contains(s.Code, StringComparer.OrdinalIgnoreCase)))
        {
            return $"has bought none of the service lines {string.Join(", ", ServiceLineCodes)} the rule's conditions ask";
        }

        return null;
    }

    /// <summary>Equality by value, including the code list.</summary>
    public bool Equals(NurtureConditions? other) =>
        other is not null
        && MinimumDaysInStage == other.MinimumDaysInStage
        && MaximumDaysSinceTouchpoint == other.MaximumDaysSinceTouchpoint
        && ServiceLineCodes.SequenceEqual(other.ServiceLineCodes, StringComparer.Ordinal);

    /// <inheritdoc />
    public override int GetHashCode() => (MinimumDaysInStage ?? -1) ^ ((MaximumDaysSinceTouchpoint ?? -1) << 8) ^ ServiceLineCodes.Count;
}
