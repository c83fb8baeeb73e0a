using System;
using System.Collections.Generic;
using System.Linq;

namespace CrmJourney.Domain.Referrals;

/// <summary>
/// The referral rules of DESIGN §5, as pure functions. Logging a referral for a pair that already
/// exists creates nothing and leaves the counters alone (a lead edited twice, a plugin retried);
/// a new pair adds one referral and moves the referrer's last-referral date forward only. Winning
/// the referred opportunity marks the referral won with the opportunity's value and credits the
/// referrer once (winning again only updates the value); losing it marks it lost and withdraws a
/// credit given earlier (an opportunity reopened after a win).
/// </summary>
public static class ReferralLedger
{
    /// <summary>Logs <paramref name="candidate"/> against the referrals already stored for the referrer.</summary>
    public static ReferralLogResult Log(IEnumerable<Referral> existing, Referral candidate, ReferrerCounters counters)
    {
        if (existing is null)
        {
            throw new ArgumentNullException(nameof(existing));
        }

        if (candidate is null)
        {
            throw new ArgumentNullException(nameof(candidate));
        }

        if (counters is null)
        {
            throw new ArgumentNullException(nameof(counters));
        }

        if (existing.Any(r => string.Equals(r.PairKey, candidate.PairKey, StringComparison.Ordinal)))
        {
            return new ReferralLogResult(null, counters);
        }

        return new ReferralLogResult(candidate, counters.WithNewReferral(candidate.ReferredOn, candidate.Status == ReferralStatus.Won));
    }

    /// <summary>The referred opportunity was won for <paramref name="value"/>.</summary>
    public static ReferralUpdate MarkWon(Referral referral, decimal value, ReferrerCounters counters)
    {
        if (referral is null)
        {
            throw new ArgumentNullException(nameof(referral));
        }

        if (counters is null)
        {
            throw new ArgumentNullException(nameof(counters));
        }

        if (referral.Status == ReferralStatus.Won)
        {
            return referral.Value == value
                ? new ReferralUpdate(referral, counters, false)
                : new ReferralUpdate(referral.With(ReferralStatus.Won, value), counters, true);
        }

        return new ReferralUpdate(referral.With(ReferralStatus.Won, value), counters.WithWonDelta(1), true);
    }

    /// <summary>The referred work was lost; a previous win's credit is withdrawn, its value kept for the record.</summary>
    public static ReferralUpdate MarkLost(Referral referral, ReferrerCounters counters)
    {
        if (referral is null)
        {
            throw new ArgumentNullException(nameof(referral));
        }

        if (counters is null)
        {
            throw new ArgumentNullException(nameof(counters));
        }

        return referral.Status switch
        {
            ReferralStatus.Lost => new ReferralUpdate(referral, counters, false),
            ReferralStatus.Won => new ReferralUpdate(referral.With(ReferralStatus.Lost, referral.Value), counters.WithWonDelta(-1), true),
            _ => new ReferralUpdate(referral.With(ReferralStatus.Lost, referral.Value), counters, true),
        };
    }
}
