using System;
using System.Globalization;

namespace CrmJourney.Domain.Rules;

/// <summary>
/// The idempotency key of one firing: rule id + account id + window, the alternate key of
/// cjp_nurturelog (and, as one text, <see cref="ToString"/>, its cjp_dedupekey key). Two sweeps that would record the same firing compute the same key, so Dataverse
/// keeps one row (and one task) even when they run at once or a sweep is retried.
/// </summary>
/// <remarks>
/// Window scheme ("the date of the firing that opened the window"):
/// <list type="bullet">
/// <item>Account rules (Quiet, Pigeonholed, Advocate check-in, Not-now revisit): the UTC as-of date,
/// <c>yyyy-MM-dd</c>, of the firing that opens the window. While a prior firing of the same rule for
/// the same account is less than max(cooldownDays, 1) days old, the rule does not fire and the outcome
/// carries that prior firing's key; so two sweeps on one day share a key, nothing fires twice within the
/// cooldown, and the first firing after the cooldown gets a new key (a later date).</item>
/// <item>Referral thanks: <c>referral-</c> + the referral id (32 hex digits): one thank-you per referral.</item>
/// <item>Partner digest: the as-of date + <c>/</c> + the recipient id (32 hex digits), with no account:
/// one digest per recipient per window.</item>
/// </list>
/// Every window is at most 43 characters, within cjp_window's 50.
/// </remarks>
public sealed record NurtureDedupeKey
{
    /// <summary>The longest window cjp_nurturelog.cjp_window accepts.</summary>
    public const int MaxWindowLength = 50;

    /// <summary>
    /// The longest <see cref="ToString"/> (rule id, account id or "-", window, colon-separated), within
    /// cjp_nurturelog.cjp_dedupekey's 120 characters.
    /// </summary>
    public const int MaxTextLength = 32 + 1 + 32 + 1 + MaxWindowLength;

    /// <summary>Creates a key; the rule id must not be empty and the window must be 1–50 characters.</summary>
    public NurtureDedupeKey(Guid ruleId, Guid? accountId, string window)
    {
        if (ruleId == Guid.Empty)
        {
            throw new ArgumentException("A dedupe key needs the rule's id.", nameof(ruleId));
        }

        if (string.IsNullOrWhiteSpace(window) || window.Length > MaxWindowLength)
        {
            throw new ArgumentException($"A dedupe window is 1 to {MaxWindowLength} characters.", nameof(window));
        }

        RuleId = ruleId;
        AccountId = accountId;
        Window = window;
    }

    /// <summary>The rule's id (cjp_nurtureruleid).</summary>
    public Guid RuleId { get; }

    /// <summary>The account's id (cjp_accountid); null for a partner digest.</summary>
    public Guid? AccountId { get; }

    /// <summary>The window (cjp_window).</summary>
    public string Window { get; }

    /// <summary>The window of an account-rule firing opened on <paramref name="asOf"/>'s UTC date.</summary>
    public static string DateWindow(DateTime asOf) => asOf.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>The window of a referral thank-you.</summary>
    public static string ReferralWindow(Guid referralId) => "referral-" + referralId.ToString("N", CultureInfo.InvariantCulture);

    /// <summary>The window of a partner digest opened on <paramref name="asOf"/>'s date for <paramref name="recipientId"/>.</summary>
    public static string DigestWindow(DateTime asOf, Guid recipientId) => DateWindow(asOf) + "/" + recipientId.ToString("N", CultureInfo.InvariantCulture);

    /// <summary>
    /// The whole key as one value, "rule:account:window" with ids as 32 hex digits and "-" for no account:
    /// what cjp_nurturelog.cjp_dedupekey stores. Its own alternate key covers partner digests too, which
    /// the (rule, account, window) key cannot: Dataverse does not constrain rows whose key column is null.
    /// </summary>
    /// <returns>The key text, at most <see cref="MaxTextLength"/> characters.</returns>
    public override string ToString() =>
        $"{RuleId.ToString("N", CultureInfo.InvariantCulture)}:{AccountId?.ToString("N", CultureInfo.InvariantCulture) ?? "-"}:{Window}";
}
