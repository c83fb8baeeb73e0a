using System;
using System.Collections.Generic;
using CrmJourney.Domain.Time;

namespace CrmJourney.Domain.Metrics;

/// <summary>
/// The journey map for one date range (DESIGN §6), as computed by <see cref="JourneyMetricsCalculator"/>.
/// Immutable: the lists are read-only snapshots.
/// </summary>
public sealed record JourneyMetrics
{
    /// <summary>Creates the result (see <c>JourneyMetricsCalculator.Compute</c>).</summary>
    public JourneyMetrics(
        DateRange range,
        IReadOnlyList<StageCount> stageCountsAtEnd,
        IReadOnlyList<StageFlow> flows,
        IReadOnlyList<ConversionRate> conversions,
        IReadOnlyList<TimeInStage> timeInStages,
        PreEngagementTouchpoints beforeFirstEngagement,
        IReadOnlyList<ReferralSource> referralSources,
        int referralCount,
        int formerClientReferralCount)
    {
        if (formerClientReferralCount < 0 || formerClientReferralCount > referralCount)
        {
            throw new ArgumentException("Referrals from former clients are part of all referrals.", nameof(formerClientReferralCount));
        }

        Range = range ?? throw new ArgumentNullException(nameof(range));
        StageCountsAtEnd = stageCountsAtEnd ?? throw new ArgumentNullException(nameof(stageCountsAtEnd));
        Flows = flows ?? throw new ArgumentNullException(nameof(flows));
        Conversions = conversions ?? throw new ArgumentNullException(nameof(conversions));
        TimeInStages = timeInStages ?? throw new ArgumentNullException(nameof(timeInStages));
        BeforeFirstEngagement = beforeFirstEngagement ?? throw new ArgumentNullException(nameof(beforeFirstEngagement));
        ReferralSources = referralSources ?? throw new ArgumentNullException(nameof(referralSources));
        ReferralCount = referralCount;
        FormerClientReferralCount = formerClientReferralCount;
    }

    /// <summary>The range reported on.</summary>
    public DateRange Range { get; }

    /// <summary>Accounts per stage at the end of the range, all four stages in stage order.</summary>
    public IReadOnlyList<StageCount> StageCountsAtEnd { get; }

    /// <summary>Transitions within the range per from → to pair, ordered by from then to; pairs with none are left out.</summary>
    public IReadOnlyList<StageFlow> Flows { get; }

    /// <summary>The five conversions, in <see cref="ConversionKind"/> order.</summary>
    public IReadOnlyList<ConversionRate> Conversions { get; }

    /// <summary>Time in each of the four stages, in stage order.</summary>
    public IReadOnlyList<TimeInStage> TimeInStages { get; }

    /// <summary>Touchpoints and channels before the first engagement.</summary>
    public PreEngagementTouchpoints BeforeFirstEngagement { get; }

    /// <summary>Referrer accounts ranked: most referrals first, then most won, then account id ascending.</summary>
    public IReadOnlyList<ReferralSource> ReferralSources { get; }

    /// <summary>All referrals made within the range (including those referred by a contact only).</summary>
    public int ReferralCount { get; }

    /// <summary>Those made by an account that was a former client at the time.</summary>
    public int FormerClientReferralCount { get; }

    /// <summary>The share of referrals that came from former clients, or null with no referrals.</summary>
    public double? FormerClientReferralShare => ReferralCount == 0 ? null : (double)FormerClientReferralCount / ReferralCount;
}
