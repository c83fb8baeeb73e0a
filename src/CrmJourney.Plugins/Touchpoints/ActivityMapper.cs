using System;
using CrmJourney.Domain.Touchpoints;
using CrmJourney.Plugins.Mapping;
using CrmJourney.Plugins.Schema;
using Microsoft.Xrm.Sdk;

namespace CrmJourney.Plugins.Touchpoints;

/// <summary>
/// Reads an activity step's context into an <see cref="ActivityEvent"/>: the row after the operation
/// (post-image under the target; on Create the target alone, which holds every column the caller set),
/// whether the pre-image was already completed, and the channel of its table. Whom the activity
/// touches is read by <see cref="TouchpointQueries.ReadReach"/>, not from the context: parties live in
/// activityparty rows, not in the target.
/// </summary>
/// <remarks>
/// Channels: email → Email, phonecall → Phone call, appointment → Meeting, task → Task, letter →
/// Letter. An appointment always counts as a Meeting: the shipped schema has no column that marks an
/// appointment as an event (the standard appointment's free-text category is not part of the solution
/// and would be guesswork), so the Event channel is left to imports until such a column ships.
/// </remarks>
public static class ActivityMapper
{
    /// <summary>The activity of this step's operation; <paramref name="now"/> is the completion time when the activity carries no actual end.</summary>
    public static ActivityEvent Read(IPluginExecutionContext context, DateTime now)
    {
        var target = PluginContextReader.TargetEntity(context) ?? new Entity(context.PrimaryEntityName, context.PrimaryEntityId);
        var after = PluginContextReader.Merge(PluginContextReader.PostImage(context), target);
        var before = PluginContextReader.PreImage(context);
        var id = after.Id != Guid.Empty ? after.Id : context.PrimaryEntityId;
        return new ActivityEvent(
            id,
            ChannelOf(context.PrimaryEntityName),
            StateOf(after.GetAttributeValue<OptionSetValue>(Task.Columns.StateCode)),
            after.GetAttributeValue<DateTime?>(Task.Columns.ActualEnd) ?? now,
            context.PrimaryEntityName == Task.LogicalName && after.GetAttributeValue<EntityReference>(Task.Columns.NurtureRuleId) != null,
            before != null && StateOf(before.GetAttributeValue<OptionSetValue>(Task.Columns.StateCode)) == ActivityState.Completed);
    }

    /// <summary>The channel of an activity table; a table the product does not register on is refused.</summary>
    public static TouchpointChannel ChannelOf(string table) => table switch
    {
        Email.LogicalName => TouchpointChannel.Email,
        PhoneCall.LogicalName => TouchpointChannel.PhoneCall,
        Appointment.LogicalName => TouchpointChannel.Meeting,
        Task.LogicalName => TouchpointChannel.Task,
        Letter.LogicalName => TouchpointChannel.Letter,
        _ => throw new ArgumentOutOfRangeException(nameof(table), table, "Only email, phone call, appointment, task and letter activities are touchpoints."),
    };

    private static ActivityState StateOf(OptionSetValue? statecode) => statecode?.Value switch
    {
        ActivityStateCodes.Completed => ActivityState.Completed,
        ActivityStateCodes.Canceled => ActivityState.Cancelled,
        _ => ActivityState.Open,
    };
}
