namespace CrmJourney.Domain.Rules.Evaluators;

/// <summary>Whether an account meets a rule's own condition, and the human reason either way.</summary>
internal sealed record RuleDecision(bool Meets, string Reason)
{
    public static RuleDecision Yes(string reason) => new(true, reason);

    public static RuleDecision No(string reason) => new(false, reason);
}
