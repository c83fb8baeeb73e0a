using CrmJourney.Domain.Touchpoints;
using CrmJourney.Plugins.Mapping;
using CrmJourney.Plugins.Schema;
using Microsoft.Xrm.Sdk;

namespace CrmJourney.Plugins.Touchpoints;

/// <summary>
/// Stores a counted touchpoint: one account update (the count, and the last touchpoint's date and
/// channel when they moved forward) and the completion of each open Quiet nurture task the touchpoint
/// answers, stamped with the touchpoint's instant so the task's own completion is recognised as
/// already counted (<see cref="TouchpointRecorder"/>).
/// </summary>
public static class TouchpointWriter
{
    /// <summary>Writes <paramref name="recording"/> for <paramref name="account"/>.</summary>
    public static void Write(IOrganizationService service, TouchedAccount account, TouchpointRecording recording)
    {
        var update = new Entity(Account.LogicalName, account.AccountId) { [Account.Columns.TouchpointCount] = recording.Count };
        if (recording.Last is { } last && last != account.Last)
        {
            update[Account.Columns.LastTouchpointOn] = last.OccurredOn;
            update[Account.Columns.LastTouchpointChannel] = Choices.ToOptionSetValue(last.Channel);
        }

        service.Update(update);
        foreach (var taskId in account.OpenQuietTaskIds)
        {
            service.Update(new Entity(Task.LogicalName, taskId)
            {
                [Task.Columns.StateCode] = new OptionSetValue(ActivityStateCodes.Completed),
                [Task.Columns.StatusCode] = new OptionSetValue(ActivityStateCodes.TaskCompletedStatus),
                [Task.Columns.ActualEnd] = recording.Touchpoint!.OccurredOn,
            });
        }
    }
}
