namespace CrmJourney.Domain.Rules;

/// <summary>What evaluating a rule for one account (or referral, or recipient) came to.</summary>
public enum RuleOutcomeKind
{
    /// <summary>The rule fires: create the task and log the firing.</summary>
    Fired = 0,

    /// <summary>The account does not meet the rule (the reason says why).</summary>
    NotFired = 1,

    /// <summary>It would fire, but the rule fired for it less than the cooldown ago.</summary>
    SkippedForCooldown = 2,

    /// <summary>It would fire, but a task from an earlier firing of this rule is still open.</summary>
    SkippedOpenTask = 3,

    /// <summary>It would fire, but this window was already fired (e.g. this referral was already thanked).</summary>
    SkippedAlreadyFired = 4,

    /// <summary>The account is a detractor: no rule ever nurtures it.</summary>
    SkippedDetractor = 5,
}
