using System;

namespace CrmJourney.Domain.Touchpoints;

/// <summary>
/// Records one activity against an account's touchpoint columns (cjp_lasttouchpointon,
/// cjp_lasttouchpointchannel, cjp_touchpointcount). A counted touchpoint adds one to the count and
/// moves the last touchpoint forward only (<see cref="LastTouchpoint.Advance"/>); it also answers the
/// account's open Quiet nurture task, which is then closed with the touchpoint's instant.
/// </summary>
/// <remarks>
/// A completed nurture task counts like any task (someone reached out because of it), except when it
/// was completed no later than the account's last touchpoint: that is the Quiet task closed because
/// that very touchpoint answered it (closing stamps the touchpoint's instant on it), or a reminder
/// ticked off after the contact was already recorded — either way the contact is already counted, and
/// counting it again would turn one call into two.
/// </remarks>
public static class TouchpointRecorder
{
    /// <summary>The account's touchpoint columns after <paramref name="activity"/>.</summary>
    public static TouchpointRecording Record(LastTouchpoint? current, int count, ClientActivity activity)
    {
        if (activity is null)
        {
            throw new ArgumentNullException(nameof(activity));
        }

        if (count < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(count), count, "A touchpoint count cannot be negative.");
        }

        var touchpoint = activity.AsTouchpoint();
        if (touchpoint is null)
        {
            return TouchpointRecording.NotCounted(current, count, "The activity is not a touchpoint: it is not completed, concerns no account, or has no completion date.");
        }

        if (activity.IsNurtureTask && current is not null && touchpoint.OccurredOn <= current.OccurredOn)
        {
            return TouchpointRecording.NotCounted(current, count, "The nurture task was completed no later than the account's last touchpoint, which is already counted.");
        }

        return TouchpointRecording.Counted(LastTouchpoint.Advance(current, touchpoint), count + 1, touchpoint);
    }
}
