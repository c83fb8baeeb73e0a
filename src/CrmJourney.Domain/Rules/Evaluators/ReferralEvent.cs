using System;

namespace CrmJourney.Domain.Rules.Evaluators;

/// <summary>
/// A referral just logged (cjp_referral): who referred (the referrer account's snapshot), what was
/// referred (the lead, opportunity or account's name) and when. The Referral-thanks rule turns it into
/// a thank-you task for the referrer's relationship partner.
/// </summary>
public sealed record ReferralEvent
{
    /// <summary>Creates the event; the referral id must not be empty and the referred name not blank.</summary>
    public ReferralEvent(Guid referralId, NurtureCandidate referrer, string referredName, DateTime referredOn)
    {
        if (referralId == Guid.Empty)
        {
            throw new ArgumentException("A referral event needs the referral's id.", nameof(referralId));
        }

        if (string.IsNullOrWhiteSpace(referredName))
        {
            throw new ArgumentException("A referral event needs the name of what was referred.", nameof(referredName));
        }

        ReferralId = referralId;
        Referrer = referrer ?? throw new ArgumentNullException(nameof(referrer));
        ReferredName = referredName.Trim();
        ReferredOn = referredOn;
    }

    /// <summary>The cjp_referral id: the thank-you's dedupe window.</summary>
    public Guid ReferralId { get; }

    /// <summary>The referring account.</summary>
    public NurtureCandidate Referrer { get; }

    /// <summary>The referred lead, opportunity or account's name.</summary>
    public string ReferredName { get; }

    /// <summary>When the referral was made (cjp_referredon).</summary>
    public DateTime ReferredOn { get; }
}
