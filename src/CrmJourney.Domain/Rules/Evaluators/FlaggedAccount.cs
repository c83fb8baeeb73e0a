using System;

namespace CrmJourney.Domain.Rules.Evaluators;

/// <summary>
/// One account another rule flagged in this sweep (its firing, or a skip the digest should still
/// mention): the account's snapshot, the rule's name and the human reason. Input of the digest.
/// </summary>
public sealed record FlaggedAccount
{
    /// <summary>Creates a flag; rule name and reason must not be blank.</summary>
    public FlaggedAccount(NurtureCandidate account, string ruleName, string reason)
    {
        if (string.IsNullOrWhiteSpace(ruleName))
        {
            throw new ArgumentException("A flagged account names the rule that flagged it.", nameof(ruleName));
        }

        if (string.IsNullOrWhiteSpace(reason))
        {
            throw new ArgumentException("A flagged account says why it was flagged.", nameof(reason));
        }

        Account = account ?? throw new ArgumentNullException(nameof(account));
        RuleName = ruleName.Trim();
        Reason = reason.Trim();
    }

    /// <summary>The account.</summary>
    public NurtureCandidate Account { get; }

    /// <summary>The flagging rule's name.</summary>
    public string RuleName { get; }

    /// <summary>Why it was flagged.</summary>
    public string Reason { get; }

    /// <summary>A flag from a fired outcome of <paramref name="rule"/> for <paramref name="account"/>.</summary>
    public static FlaggedAccount FromAction(NurtureRule rule, NurtureCandidate account, NurtureAction action) =>
        new(account, (rule ?? throw new ArgumentNullException(nameof(rule))).Name, (action ?? throw new ArgumentNullException(nameof(action))).Reason);
}
