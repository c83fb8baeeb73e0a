using System.Collections.Generic;

namespace CrmJourney.Domain.Templates;

/// <summary>
/// The placeholder vocabulary of nurture task texts. Which of them a rule may use depends on its type
/// (see <c>RuleTypeRequirements</c>): account rules use the account ones, Referral thanks adds
/// <see cref="ReferrerName"/> and <see cref="ReferredName"/>, Partner digest uses only
/// <see cref="PartnerName"/>, <see cref="RuleName"/> and <see cref="AccountsCount"/>.
/// </summary>
public static class NurturePlaceholders
{
    /// <summary>The account's name.</summary>
    public const string AccountName = "account.name";

    /// <summary>The account's journey stage, e.g. "Between engagements".</summary>
    public const string Stage = "stage";

    /// <summary>The account's tier, e.g. "Tier 1".</summary>
    public const string Tier = "tier";

    /// <summary>Whole days since the last touchpoint ("n/a" when there never was one).</summary>
    public const string DaysSinceTouchpoint = "days.since.touchpoint";

    /// <summary>The last touchpoint's date, yyyy-MM-dd.</summary>
    public const string LastTouchpointDate = "lasttouchpoint.date";

    /// <summary>The last touchpoint's channel in lower case, e.g. "meeting".</summary>
    public const string LastTouchpointChannel = "lasttouchpoint.channel";

    /// <summary>The number of completed engagements.</summary>
    public const string EngagementsCompleted = "engagements.completed";

    /// <summary>The service lines the account has bought, by name, alphabetical.</summary>
    public const string ServiceLinesUsed = "servicelines.used";

    /// <summary>The catalogue's service lines the account has not bought, by name, alphabetical.</summary>
    public const string ServiceLinesOther = "servicelines.other";

    /// <summary>
    /// The best next service line(s) for a client who bought only one: the line(s) most often bought by
    /// clients of that line (the evidence is in {reason}); the other lines when there is no evidence;
    /// empty for a client of two or more lines.
    /// </summary>
    public const string ServiceLinesSuggested = "servicelines.suggested";

    /// <summary>The relationship partner's name (for a digest: the recipient's name).</summary>
    public const string PartnerName = "partner.name";

    /// <summary>Referral thanks: the referring account's name.</summary>
    public const string ReferrerName = "referrer.name";

    /// <summary>Referral thanks: the name of the lead, opportunity or account referred.</summary>
    public const string ReferredName = "referred.name";

    /// <summary>A not-now prospect's revisit date, yyyy-MM-dd.</summary>
    public const string RevisitDate = "revisit.date";

    /// <summary>Why a former client left (cjp_formerreason).</summary>
    public const string FormerReason = "former.reason";

    /// <summary>The rule's name.</summary>
    public const string RuleName = "rule.name";

    /// <summary>The human reason the rule fired, e.g. "No touchpoint for 143 days; last: meeting on 2026-07-03".</summary>
    public const string Reason = "reason";

    /// <summary>The task's due date, yyyy-MM-dd.</summary>
    public const string DueDate = "due.date";

    /// <summary>Partner digest: how many accounts the digest lists.</summary>
    public const string AccountsCount = "accounts.count";

    /// <summary>The placeholders of rules about one account (Quiet, Pigeonholed, Advocate check-in, Not-now revisit).</summary>
    public static IReadOnlyList<string> AccountRule { get; } = new[]
    {
        AccountName, Stage, Tier, DaysSinceTouchpoint, LastTouchpointDate, LastTouchpointChannel, EngagementsCompleted,
        ServiceLinesUsed, ServiceLinesOther, ServiceLinesSuggested, PartnerName, RevisitDate, FormerReason, RuleName, Reason, DueDate,
    };

    /// <summary>The placeholders of Referral thanks rules: the account ones (about the referrer) plus referrer and referred names.</summary>
    public static IReadOnlyList<string> ReferralRule { get; } = new List<string>(AccountRule) { ReferrerName, ReferredName };

    /// <summary>The placeholders of Partner digest rules.</summary>
    public static IReadOnlyList<string> DigestRule { get; } = new[] { PartnerName, RuleName, AccountsCount };
}
