using System;

namespace CrmJourney.Domain.Touchpoints;

/// <summary>
/// An activity (email, phone call, appointment, task, letter…) as the touchpoint logic sees it. The
/// adapter resolves <see cref="AccountId"/>: the regarding account, or the parent account of the
/// regarding contact; null when the activity concerns no account.
/// Only a completed activity with a completion date and an account counts as a touchpoint. The
/// product's own nurture tasks follow the same rule: an open nurture task is a reminder, not a
/// contact with the client, and only counts once someone completes it; cancelled activities never count.
/// </summary>
public sealed record ClientActivity
{
    /// <summary>Creates the activity; the id must not be empty.</summary>
    public ClientActivity(
        Guid id,
        Guid? accountId,
        TouchpointChannel channel,
        ActivityState state,
        DateTime? completedOn = null,
        bool isNurtureTask = false)
    {
        if (id == Guid.Empty)
        {
            throw new ArgumentException("An activity needs its row id.", nameof(id));
        }

        Id = id;
        AccountId = accountId == Guid.Empty ? null : accountId;
        Channel = channel;
        State = state;
        CompletedOn = completedOn;
        IsNurtureTask = isNurtureTask;
    }

    /// <summary>The activity's row id.</summary>
    public Guid Id { get; }

    /// <summary>The account it concerns, directly or through a contact; null if none.</summary>
    public Guid? AccountId { get; }

    /// <summary>The channel it counts under.</summary>
    public TouchpointChannel Channel { get; }

    /// <summary>Open, completed or cancelled.</summary>
    public ActivityState State { get; }

    /// <summary>When it was completed (actual end), if it was.</summary>
    public DateTime? CompletedOn { get; }

    /// <summary>True for a task the product created for a nurture rule.</summary>
    public bool IsNurtureTask { get; }

    /// <summary>The touchpoint this activity is, or null when it does not count (see the type's rules).</summary>
    public Touchpoint? AsTouchpoint() =>
        State == ActivityState.Completed && AccountId is { } account && CompletedOn is { } on
            ? new Touchpoint(account, on, Channel)
            : null;
}
