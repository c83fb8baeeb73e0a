using System;
using CrmJourney.Domain.Journey;

namespace CrmJourney.Domain.Referrals;

/// <summary>
/// One referral (cjp_referral): who referred (an account and/or a contact — at least one), what was
/// referred (a lead, opportunity or account), when, through which channel, its status and value,
/// and the referrer account's stage at the time (so "former clients as a referral source" is
/// measurable later even after the referrer's stage moves on; null when only a contact referred).
/// The value is never negative; it is the won opportunity's value once the referral is won.
/// </summary>
public sealed record Referral
{
    /// <summary>Creates a referral; refuses a missing referrer, an empty referred id or a negative value.</summary>
    public Referral(
        Guid? referrerAccountId,
        Guid? referrerContactId,
        ReferredKind referredKind,
        Guid referredId,
        DateTime referredOn,
        ReferralChannel channel = ReferralChannel.WordOfMouth,
        ReferralStatus status = ReferralStatus.Open,
        decimal value = 0m,
        JourneyStage? referrerStageAtTime = null)
    {
        if (value < 0m)
        {
            throw new ArgumentOutOfRangeException(nameof(value), value, "A referral's value cannot be negative.");
        }

        // Validates the referrer and the referred record.
        PairKey = ReferralPairKey.For(referrerAccountId, referrerContactId, referredKind, referredId);
        ReferrerAccountId = referrerAccountId == Guid.Empty ? null : referrerAccountId;
        ReferrerContactId = referrerContactId == Guid.Empty ? null : referrerContactId;
        ReferredKind = referredKind;
        ReferredId = referredId;
        ReferredOn = referredOn;
        Channel = channel;
        Status = status;
        Value = value;
        ReferrerStageAtTime = referrerStageAtTime;
    }

    /// <summary>The referring account, if any.</summary>
    public Guid? ReferrerAccountId { get; }

    /// <summary>The referring contact, if any.</summary>
    public Guid? ReferrerContactId { get; }

    /// <summary>Lead, opportunity or account.</summary>
    public ReferredKind ReferredKind { get; }

    /// <summary>The referred record's id.</summary>
    public Guid ReferredId { get; }

    /// <summary>When the referral was made (the lead's or opportunity's creation).</summary>
    public DateTime ReferredOn { get; }

    /// <summary>How it reached the firm.</summary>
    public ReferralChannel Channel { get; }

    /// <summary>Open, won or lost.</summary>
    public ReferralStatus Status { get; }

    /// <summary>The credited value (the won opportunity's value).</summary>
    public decimal Value { get; }

    /// <summary>The referrer account's journey stage when it referred.</summary>
    public JourneyStage? ReferrerStageAtTime { get; }

    /// <summary>The one-per-pair key (see <see cref="ReferralPairKey"/>).</summary>
    public string PairKey { get; }

    /// <summary>The same referral with another status and value.</summary>
    public Referral With(ReferralStatus status, decimal value) =>
        new(ReferrerAccountId, ReferrerContactId, ReferredKind, ReferredId, ReferredOn, Channel, status, value, ReferrerStageAtTime);
}
