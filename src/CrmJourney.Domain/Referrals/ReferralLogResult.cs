using System;

namespace CrmJourney.Domain.Referrals;

/// <summary>
/// What logging a referral event leads to: the referral to create (null for a duplicate pair) and
/// the referrer's counters afterwards (unchanged for a duplicate).
/// </summary>
public sealed record ReferralLogResult
{
    /// <summary>Creates the result.</summary>
    public ReferralLogResult(Referral? toCreate, ReferrerCounters counters)
    {
        ToCreate = toCreate;
        Counters = counters ?? throw new ArgumentNullException(nameof(counters));
    }

    /// <summary>The new cjp_referral row, or null when the pair is already logged.</summary>
    public Referral? ToCreate { get; }

    /// <summary>The referrer's counters after the event.</summary>
    public ReferrerCounters Counters { get; }

    /// <summary>True when the pair was already logged and nothing is created.</summary>
    public bool IsDuplicate => ToCreate is null;
}
