using System;
using System.Collections.Generic;
using CrmJourney.Domain.Journey;

namespace CrmJourney.Domain.Initialization;

/// <summary>
/// The choices the initialization makes where history is silent:
/// <list type="bullet">
/// <item>A won opportunity's engagement starts on the win date and lasts <see cref="EngagementLengthDays"/> days
/// (default 180: a typical professional-services engagement; most organizations keep no project dates in the CRM).
/// If that end is on or before the as-of date it is Completed on that end, otherwise it is still Active.</item>
/// <item>A won opportunity with no service line takes <see cref="FallbackServiceLineId"/> when given; without one
/// the account is not initialized (it keeps no stage) and is listed, so filling the opportunities' service lines and
/// running again initializes it — an engagement without a service line cannot be counted.</item>
/// <item>Lost opportunities go through the Lose step's own mapping (<see cref="LostAs"/>, revisit delay), oldest first,
/// as if each loss had happened with the product installed; only a prospect's outcome changes (<see cref="ProspectLoss"/>).</item>
/// <item>Dormancy as the sweep judges it: a between-engagements client quiet past the horizon is a former client.</item>
/// </list>
/// </summary>
public sealed record InitializationPolicy
{
    /// <summary>The default engagement length, in days.</summary>
    public const int DefaultEngagementLengthDays = 180;

    /// <summary>The default revisit delay of a "not now" loss, in days.</summary>
    public const int DefaultRevisitAfterDays = 180;

    private readonly int _engagementLengthDays = DefaultEngagementLengthDays;
    private readonly int _revisitAfterDays = DefaultRevisitAfterDays;

    /// <summary>The defaults: 180-day engagements, no fallback service line, no loss mapped, the two-year dormancy horizon.</summary>
    public static InitializationPolicy Default { get; } = new();

    /// <summary>Days a won opportunity's engagement is assumed to last; 1 to 3,650.</summary>
    public int EngagementLengthDays
    {
        get => _engagementLengthDays;
        init => _engagementLengthDays = value is >= 1 and <= 3650
            ? value
            : throw new ArgumentOutOfRangeException(nameof(EngagementLengthDays), value, "An engagement lasts 1 to 3,650 days, e.g. 180.");
    }

    /// <summary>The service line for won opportunities that name none; null leaves those accounts uninitialized.</summary>
    public Guid? FallbackServiceLineId { get; init; }

    /// <summary>Status reason → prospect outcome (the Lose step's configuration); an unmapped reason changes nothing.</summary>
    public IReadOnlyDictionary<int, ProspectOutcome> LostAs { get; init; } = new Dictionary<int, ProspectOutcome>();

    /// <summary>Days from a "not now" loss to the revisit date; at least 1.</summary>
    public int RevisitAfterDays
    {
        get => _revisitAfterDays;
        init => _revisitAfterDays = value >= 1
            ? value
            : throw new ArgumentOutOfRangeException(nameof(RevisitAfterDays), value, "The revisit delay must be at least one day, e.g. 180.");
    }

    /// <summary>When a between-engagements client counts as former.</summary>
    public DormancyPolicy Dormancy { get; init; } = new();
}
