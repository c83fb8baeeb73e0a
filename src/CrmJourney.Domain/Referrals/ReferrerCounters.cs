using System;
using System.Collections.Generic;
using System.Linq;

namespace CrmJourney.Domain.Referrals;

/// <summary>
/// A referrer account's counters: cjp_referralcount, cjp_referralwoncount, cjp_lastreferralon.
/// Counts are never negative; the last referral date only moves forward.
/// </summary>
public sealed record ReferrerCounters
{
    /// <summary>Creates the counters; counts must not be negative.</summary>
    public ReferrerCounters(int referralCount, int wonCount, DateTime? lastReferralOn)
    {
        if (referralCount < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(referralCount), referralCount, "A referral count cannot be negative.");
        }

        if (wonCount < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(wonCount), wonCount, "A won referral count cannot be negative.");
        }

        ReferralCount = referralCount;
        WonCount = wonCount;
        LastReferralOn = lastReferralOn;
    }

    /// <summary>No referrals yet.</summary>
    public static ReferrerCounters None { get; } = new(0, 0, null);

    /// <summary>Referrals made.</summary>
    public int ReferralCount { get; }

    /// <summary>Referrals whose referred work was won.</summary>
    public int WonCount { get; }

    /// <summary>The latest referral date.</summary>
    public DateTime? LastReferralOn { get; }

    /// <summary>The counters recomputed from scratch from one referrer's referrals (duplicate pairs counted once).</summary>
    public static ReferrerCounters Recompute(IEnumerable<Referral> referrals)
    {
        if (referrals is null)
        {
            throw new ArgumentNullException(nameof(referrals));
        }

        var distinct = referrals.GroupBy(r => r.PairKey, StringComparer.Ordinal).Select(g => g.First()).ToList();
        return new ReferrerCounters(
            distinct.Count,
            distinct.Count(r => r.Status == ReferralStatus.Won),
            distinct.Count == 0 ? null : distinct.Max(r => r.ReferredOn));
    }

    /// <summary>One more referral made on <paramref name="referredOn"/> (won already or not).</summary>
    public ReferrerCounters WithNewReferral(DateTime referredOn, bool won) =>
        new(ReferralCount + 1, WonCount + (won ? 1 : 0), LastReferralOn is { } last && last >= referredOn ? last : referredOn);

    /// <summary>The won count moved by <paramref name="delta"/>, never below zero.</summary>
    public ReferrerCounters WithWonDelta(int delta) =>
        new(ReferralCount, Math.Max(0, WonCount + delta), LastReferralOn);
}
