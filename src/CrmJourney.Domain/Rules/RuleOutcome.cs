using System;

namespace CrmJourney.Domain.Rules;

/// <summary>
/// The value an evaluator returns: fired with a <see cref="NurtureAction"/>, or not, with a reason a
/// person can read (shown in previews and sweep reports). Skips for cooldown, an open task or an
/// already-fired window carry the key of the firing that blocks them.
/// </summary>
public sealed record RuleOutcome
{
    private RuleOutcome(RuleOutcomeKind kind, string reason, NurtureAction? action, NurtureDedupeKey? key)
    {
        if (string.IsNullOrWhiteSpace(reason))
        {
            throw new ArgumentException("An outcome says why.", nameof(reason));
        }

        Kind = kind;
        Reason = reason;
        Action = action;
        Key = key;
    }

    /// <summary>What happened.</summary>
    public RuleOutcomeKind Kind { get; }

    /// <summary>Why: the firing's reason, or why it did not fire.</summary>
    public string Reason { get; }

    /// <summary>The action to carry out, only when <see cref="Kind"/> is Fired.</summary>
    public NurtureAction? Action { get; }

    /// <summary>The firing's key when fired; the blocking firing's key when skipped; otherwise null.</summary>
    public NurtureDedupeKey? Key { get; }

    /// <summary>True when the rule fired.</summary>
    public bool IsFired => Kind == RuleOutcomeKind.Fired;

    /// <summary>The rule fires with <paramref name="action"/>.</summary>
    public static RuleOutcome Fired(NurtureAction action) =>
        new(RuleOutcomeKind.Fired, (action ?? throw new ArgumentNullException(nameof(action))).Reason, action, action.Key);

    /// <summary>The account does not meet the rule.</summary>
    public static RuleOutcome NotFired(string reason) => new(RuleOutcomeKind.NotFired, reason, null, null);

    /// <summary>A skip because of an earlier firing (cooldown, open task, same window).</summary>
    public static RuleOutcome Skipped(RuleOutcomeKind kind, string reason, NurtureDedupeKey blockingKey)
    {
        if (kind is not (RuleOutcomeKind.SkippedForCooldown or RuleOutcomeKind.SkippedOpenTask or RuleOutcomeKind.SkippedAlreadyFired))
        {
            throw new ArgumentOutOfRangeException(nameof(kind), kind, "Only cooldown, open-task and already-fired skips carry a blocking key.");
        }

        return new(kind, reason, null, blockingKey ?? throw new ArgumentNullException(nameof(blockingKey)));
    }

    /// <summary>The account is a detractor.</summary>
    public static RuleOutcome SkippedDetractor() =>
        new(RuleOutcomeKind.SkippedDetractor, "Detractor: former clients who had a bad experience are never nurtured", null, null);
}
