using System;

namespace CrmJourney.Domain.Metrics;

/// <summary>One referrer account's referrals within a range: how many, how many won, and the value won.</summary>
public sealed record ReferralSource
{
    /// <summary>Creates the figures; counts are non-negative and won ≤ referrals.</summary>
    public ReferralSource(Guid referrerAccountId, int referralCount, int wonCount, decimal wonValue)
    {
        if (referralCount < 1 || wonCount < 0 || wonCount > referralCount)
        {
            throw new ArgumentException($"A referral source needs 0 ≤ won ≤ referrals and at least one referral; got {wonCount} of {referralCount}.", nameof(referralCount));
        }

        ReferrerAccountId = referrerAccountId;
        ReferralCount = referralCount;
        WonCount = wonCount;
        WonValue = wonValue;
    }

    /// <summary>The referring account.</summary>
    public Guid ReferrerAccountId { get; }

    /// <summary>Referrals it made within the range.</summary>
    public int ReferralCount { get; }

    /// <summary>How many of those are won.</summary>
    public int WonCount { get; }

    /// <summary>The value credited for the won ones.</summary>
    public decimal WonValue { get; }
}
