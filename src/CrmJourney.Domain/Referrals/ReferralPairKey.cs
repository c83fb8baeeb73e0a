using System;
using System.Globalization;

namespace CrmJourney.Domain.Referrals;

/// <summary>
/// The deterministic key that guarantees one referral per (referrer, referred) pair; the adapter
/// can store it in an alternate-key column. Format:
/// <c>{referrer kind}:{referrer id}&gt;{referred kind}:{referred id}</c>, kinds in lower case
/// (<c>account</c>, <c>contact</c>; <c>lead</c>, <c>opportunity</c>, <c>account</c>), ids as 32
/// lower-case hex digits without dashes ("N" format), e.g.
/// <c>account:3f2a…9c&gt;opportunity:9c1b…07</c> (at most 85 characters).
/// The referrer is identified by its account when one is given (the contact is a detail of who at
/// the account made the referral), otherwise by its contact; so the same person logging the same
/// referral with and without the contact is still one pair.
/// </summary>
public static class ReferralPairKey
{
    /// <summary>The key for a referrer (account and/or contact) and a referred record; at least one referrer id is required.</summary>
    public static string For(Guid? referrerAccountId, Guid? referrerContactId, ReferredKind referredKind, Guid referredId)
    {
        if (referredId == Guid.Empty)
        {
            throw new ArgumentException("A referral needs the referred lead, opportunity or account.", nameof(referredId));
        }

        string referrer;
        if (referrerAccountId is { } account && account != Guid.Empty)
        {
            referrer = "account:" + Hex(account);
        }
        else if (referrerContactId is { } contact && contact != Guid.Empty)
        {
            referrer = "contact:" + Hex(contact);
        }
        else
        {
            throw new ArgumentException("A referral needs a referrer: set the referring account or contact.", nameof(referrerAccountId));
        }

        return referrer + ">" + KindName(referredKind) + ":" + Hex(referredId);
    }

    private static string Hex(Guid id) => id.ToString("N", CultureInfo.InvariantCulture);

    private static string KindName(ReferredKind kind) => kind switch
    {
        ReferredKind.Lead => "lead",
        ReferredKind.Opportunity => "opportunity",
        ReferredKind.Account => "account",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Referred records are leads, opportunities or accounts."),
    };
}
