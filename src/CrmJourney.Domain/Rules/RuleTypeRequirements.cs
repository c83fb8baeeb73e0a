using System.Collections.Generic;
using CrmJourney.Domain.Templates;

namespace CrmJourney.Domain.Rules;

/// <summary>
/// Which fields each rule type uses. A used field is required (stages non-empty, thresholdDays ≥ 1,
/// minimumCompletedEngagements ≥ 1); a field the type does not use must be left out, so a rule never
/// carries a setting that silently does nothing. Every type uses name, type, tiers, cooldownDays,
/// assignee, subject, description, dueInDays, priority, active and conditions.
/// </summary>
/// <remarks>
/// | type | stages | thresholdDays | minimumCompletedEngagements | sendEmail | placeholders |
/// |---|---|---|---|---|---|
/// | Quiet | required | required (days of silence) | — | — | account |
/// | Pigeonholed | required | — | required | — | account |
/// | AdvocateCheckIn | — (former clients) | required (days without contact) | — | — | account |
/// | NotNowRevisit | — (prospects) | — (the revisit date decides) | — | — | account |
/// | ReferralThanks | — (event driven) | — | — | — | account + referrer/referred |
/// | PartnerDigest | — | — | — | optional | digest |
/// </remarks>
public sealed record RuleTypeRequirements
{
    private RuleTypeRequirements(NurtureRuleType type, bool usesStages, string? thresholdMeaning, bool usesMinimumEngagements, bool usesSendEmail, IReadOnlyList<string> placeholders, string scope)
    {
        Type = type;
        UsesStages = usesStages;
        ThresholdMeaning = thresholdMeaning;
        UsesMinimumCompletedEngagements = usesMinimumEngagements;
        UsesSendEmail = usesSendEmail;
        Placeholders = placeholders;
        Scope = scope;
    }

    /// <summary>The rule type described.</summary>
    public NurtureRuleType Type { get; }

    /// <summary>True when the rule needs a non-empty stage list.</summary>
    public bool UsesStages { get; }

    /// <summary>True when the rule needs thresholdDays ≥ 1.</summary>
    public bool UsesThreshold => ThresholdMeaning is not null;

    /// <summary>What the threshold means, for messages ("days of silence that makes a client quiet"); null when unused.</summary>
    public string? ThresholdMeaning { get; }

    /// <summary>True when the rule needs minimumCompletedEngagements ≥ 1.</summary>
    public bool UsesMinimumCompletedEngagements { get; }

    /// <summary>True when sendEmail may be true.</summary>
    public bool UsesSendEmail { get; }

    /// <summary>The placeholders the rule's subject and description may use.</summary>
    public IReadOnlyList<string> Placeholders { get; }

    /// <summary>What the rule watches when it has no stage list, for messages.</summary>
    public string Scope { get; }

    /// <summary>The requirements of <paramref name="type"/>.</summary>
    public static RuleTypeRequirements For(NurtureRuleType type) => type switch
    {
        NurtureRuleType.Quiet => new(type, true, "the number of days of silence that makes a client \"quiet\"", false, false, NurturePlaceholders.AccountRule, "the stages listed"),
        NurtureRuleType.Pigeonholed => new(type, true, null, true, false, NurturePlaceholders.AccountRule, "the stages listed"),
        NurtureRuleType.AdvocateCheckIn => new(type, false, "the number of days without contact after which an advocate is due a check-in", false, false, NurturePlaceholders.AccountRule, "the rule always watches former-client advocates"),
        NurtureRuleType.NotNowRevisit => new(type, false, null, false, false, NurturePlaceholders.AccountRule, "the rule always watches \"not now\" prospects and their revisit date decides"),
        NurtureRuleType.ReferralThanks => new(type, false, null, false, false, NurturePlaceholders.ReferralRule, "the rule fires when a referral is logged"),
        _ => new(NurtureRuleType.PartnerDigest, false, null, false, true, NurturePlaceholders.DigestRule, "the digest lists what the other rules flagged"),
    };
}
