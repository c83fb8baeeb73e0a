using System;

namespace CrmJourney.Domain.Rules.Validation;

/// <summary>
/// One thing wrong with a rule or rule set: the field's path as in the rule-set JSON (e.g.
/// <c>thresholdDays</c>, <c>conditions.maxDays</c>, <c>rules[2].subject</c>) and a sentence that says
/// what is wrong and, after " — ", how to fix it. Shown to sales ops as <c>path: message</c>.
/// </summary>
public sealed record RuleProblem
{
    /// <summary>Creates a problem; field and message must not be blank.</summary>
    public RuleProblem(string field, string message)
    {
        if (string.IsNullOrWhiteSpace(field))
        {
            throw new ArgumentException("A rule problem names the field it is about.", nameof(field));
        }

        if (string.IsNullOrWhiteSpace(message))
        {
            throw new ArgumentException("A rule problem says what is wrong.", nameof(message));
        }

        Field = field;
        Message = message;
    }

    /// <summary>The field's path, e.g. <c>rules[2].thresholdDays</c>.</summary>
    public string Field { get; }

    /// <summary>What is wrong and how to fix it.</summary>
    public string Message { get; }

    /// <summary>The same problem under <paramref name="prefix"/>, e.g. <c>rules[2]</c> + <c>subject</c> = <c>rules[2].subject</c>.</summary>
    public RuleProblem Under(string prefix) => new(prefix + "." + Field, Message);

    /// <inheritdoc />
    public override string ToString() => $"{Field}: {Message}";
}
