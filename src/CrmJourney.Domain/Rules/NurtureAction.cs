using System;

namespace CrmJourney.Domain.Rules;

/// <summary>
/// What a firing asks the plugin to do: create a task regarding the account, assigned and worded as
/// below, and log the firing under <see cref="Key"/> with <see cref="Reason"/>. The subject is cut to
/// 200 characters (the task subject's length) with a trailing "…".
/// </summary>
public sealed record NurtureAction
{
    /// <summary>The longest task subject Dataverse stores.</summary>
    public const int MaxSubjectLength = 200;

    /// <summary>Creates an action; subject and reason must not be blank.</summary>
    public NurtureAction(NurtureDedupeKey key, Guid accountId, PrincipalRef assignee, string subject, string description, string reason, DateTime firedOn, DateTime dueOn, TaskPriority priority)
    {
        if (string.IsNullOrWhiteSpace(subject))
        {
            throw new ArgumentException("A nurture task needs a subject.", nameof(subject));
        }

        if (string.IsNullOrWhiteSpace(reason))
        {
            throw new ArgumentException("A nurture firing needs a reason.", nameof(reason));
        }

        Key = key ?? throw new ArgumentNullException(nameof(key));
        AccountId = accountId;
        Assignee = assignee ?? throw new ArgumentNullException(nameof(assignee));
        Subject = subject.Length > MaxSubjectLength ? subject.Substring(0, MaxSubjectLength - 1) + "…" : subject;
        Description = description ?? string.Empty;
        Reason = reason;
        FiredOn = firedOn;
        DueOn = dueOn;
        Priority = priority;
    }

    /// <summary>The dedupe key (rule + account + window).</summary>
    public NurtureDedupeKey Key { get; }

    /// <summary>The rule that fired.</summary>
    public Guid RuleId => Key.RuleId;

    /// <summary>The account the task is regarding.</summary>
    public Guid AccountId { get; }

    /// <summary>Who owns the task (after any fallback to the account owner).</summary>
    public PrincipalRef Assignee { get; }

    /// <summary>The rendered task subject (at most 200 characters).</summary>
    public string Subject { get; }

    /// <summary>The rendered task description.</summary>
    public string Description { get; }

    /// <summary>The human reason, including any assignee fallback note (cjp_reason).</summary>
    public string Reason { get; }

    /// <summary>The as-of instant of the sweep that fired (cjp_firedon).</summary>
    public DateTime FiredOn { get; }

    /// <summary>The task's due date: the as-of date plus the rule's dueInDays (midnight UTC).</summary>
    public DateTime DueOn { get; }

    /// <summary>The task priority.</summary>
    public TaskPriority Priority { get; }
}
