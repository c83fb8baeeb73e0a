using System;
using CrmJourney.Domain.Touchpoints;

namespace CrmJourney.Plugins.Touchpoints;

/// <summary>An activity's create or state change, as the touchpoint step sees it.</summary>
/// <param name="ActivityId">The activity.</param>
/// <param name="Channel">The channel its table counts under.</param>
/// <param name="State">Its state after the operation.</param>
/// <param name="CompletedOn">Its actual end, or the operation's time when the actual end is empty.</param>
/// <param name="IsNurtureTask">True for a task the product created for a nurture rule.</param>
/// <param name="WasCompletedBefore">True when the pre-image shows it was already completed (a re-save, not a completion).</param>
public sealed record ActivityEvent(Guid ActivityId, TouchpointChannel Channel, ActivityState State, DateTime CompletedOn, bool IsNurtureTask, bool WasCompletedBefore)
{
    /// <summary>True when this operation completed the activity (created completed, or moved to completed).</summary>
    public bool IsNewlyCompleted => State == ActivityState.Completed && !WasCompletedBefore;

    /// <summary>The domain's view of the activity, for one account it touches (<see cref="TouchpointDefinition"/>).</summary>
    public ClientActivity ToClientActivity(Guid accountId) => new(ActivityId, accountId, Channel, State, CompletedOn, IsNurtureTask);
}
