using System;

namespace CrmJourney.Domain.Referrals;

/// <summary>
/// A referral after its referred work was won or lost, with the referrer's counters afterwards.
/// <see cref="Changed"/> is false when the referral already had that status and value (a retried
/// plugin), so the adapter writes nothing.
/// </summary>
public sealed record ReferralUpdate
{
    /// <summary>Creates the update.</summary>
    public ReferralUpdate(Referral referral, ReferrerCounters counters, bool changed)
    {
        Referral = referral ?? throw new ArgumentNullException(nameof(referral));
        Counters = counters ?? throw new ArgumentNullException(nameof(counters));
        Changed = changed;
    }

    /// <summary>The referral as it should now be stored.</summary>
    public Referral Referral { get; }

    /// <summary>The referrer's counters as they should now be stored.</summary>
    public ReferrerCounters Counters { get; }

    /// <summary>False when nothing needs writing.</summary>
    public bool Changed { get; }
}
