using CrmJourney.Domain.Touchpoints;
using CrmJourney.Plugins.Mapping;
using CrmJourney.Plugins.Registration;
using CrmJourney.Plugins.Schema;

namespace CrmJourney.Plugins.Touchpoints;

/// <summary>
/// Counts a completed email, phone call, appointment, task or letter as a touchpoint of the account it
/// concerns (regarding the account, or a contact whose parent is an account): moves the last
/// touchpoint forward only, counts it, and closes the account's open Quiet nurture task
/// (<see cref="TouchpointRecorder"/>). Asynchronous: a touchpoint never slows or blocks saving the
/// activity. An activity regarding nothing, or a contact with no account, is traced and ignored.
/// Create covers activities saved already completed; Update of statecode covers completion, whether by
/// an Update or by a SetStateRequest: current Dataverse runs SetState as an update of statecode and
/// statuscode, so Update steps filtered on statecode fire for it (Microsoft Learn, "Behavior of
/// specialized update operations"). There is deliberately no SetState or SetStateDynamicEntity step:
/// with one, a SetState would be counted twice.
/// </summary>
[PluginStep(MessageNames.Create, Email.LogicalName, PipelineStage.PostOperation, Id = "dd2315df-93ef-420d-8082-8d228626f174", Mode = ExecutionMode.Asynchronous,
    PostImageAttributes = ActivityColumns, Description = "Counts an email created as completed as a touchpoint of its account.")]
[PluginStep(MessageNames.Update, Email.LogicalName, PipelineStage.PostOperation, Id = "5799c749-9c05-4a2e-8970-39ea5b1591e7", Mode = ExecutionMode.Asynchronous,
    FilteringAttributes = Email.Columns.StateCode, PreImageAttributes = Email.Columns.StateCode, PostImageAttributes = ActivityColumns,
    Description = "Counts a completed email as a touchpoint of its account.")]
[PluginStep(MessageNames.Create, PhoneCall.LogicalName, PipelineStage.PostOperation, Id = "f8578e27-1c2b-4b03-a425-85e8d69d039e", Mode = ExecutionMode.Asynchronous,
    PostImageAttributes = ActivityColumns, Description = "Counts a phone call created as completed as a touchpoint of its account.")]
[PluginStep(MessageNames.Update, PhoneCall.LogicalName, PipelineStage.PostOperation, Id = "28c25102-269b-49e8-bc34-3c39135774c8", Mode = ExecutionMode.Asynchronous,
    FilteringAttributes = PhoneCall.Columns.StateCode, PreImageAttributes = PhoneCall.Columns.StateCode, PostImageAttributes = ActivityColumns,
    Description = "Counts a completed phone call as a touchpoint of its account.")]
[PluginStep(MessageNames.Create, Appointment.LogicalName, PipelineStage.PostOperation, Id = "0bca32c4-324d-4d49-a778-3fa8eee94cb2", Mode = ExecutionMode.Asynchronous,
    PostImageAttributes = ActivityColumns, Description = "Counts an appointment created as completed as a meeting touchpoint of its account.")]
[PluginStep(MessageNames.Update, Appointment.LogicalName, PipelineStage.PostOperation, Id = "f3870077-87e0-4d80-b7f2-2ad2d2264c0f", Mode = ExecutionMode.Asynchronous,
    FilteringAttributes = Appointment.Columns.StateCode, PreImageAttributes = Appointment.Columns.StateCode, PostImageAttributes = ActivityColumns,
    Description = "Counts a completed appointment as a meeting touchpoint of its account.")]
[PluginStep(MessageNames.Create, Task.LogicalName, PipelineStage.PostOperation, Id = "3ee67797-e0f6-4341-bb7f-a95e64c33f81", Mode = ExecutionMode.Asynchronous,
    PostImageAttributes = TaskColumns, Description = "Counts a task created as completed as a touchpoint of its account.")]
[PluginStep(MessageNames.Update, Task.LogicalName, PipelineStage.PostOperation, Id = "47c99c82-0a05-4dc1-b3e7-559543025536", Mode = ExecutionMode.Asynchronous,
    FilteringAttributes = Task.Columns.StateCode, PreImageAttributes = Task.Columns.StateCode, PostImageAttributes = TaskColumns,
    Description = "Counts a completed task (a nurture task only once someone completes it) as a touchpoint of its account.")]
[PluginStep(MessageNames.Create, Letter.LogicalName, PipelineStage.PostOperation, Id = "0bb4bd5e-9ab8-4c23-b4d0-384e467d4a58", Mode = ExecutionMode.Asynchronous,
    PostImageAttributes = ActivityColumns, Description = "Counts a letter created as completed as a touchpoint of its account.")]
[PluginStep(MessageNames.Update, Letter.LogicalName, PipelineStage.PostOperation, Id = "6dadbb58-d574-4c1c-a394-80d3561f81aa", Mode = ExecutionMode.Asynchronous,
    FilteringAttributes = Letter.Columns.StateCode, PreImageAttributes = Letter.Columns.StateCode, PostImageAttributes = ActivityColumns,
    Description = "Counts a completed letter as a touchpoint of its account.")]
public sealed class TouchpointPlugin : PluginBase
{
    private const string ActivityColumns = Task.Columns.RegardingObjectId + "," + Task.Columns.StateCode + "," + Task.Columns.ActualEnd;
    private const string TaskColumns = ActivityColumns + "," + Task.Columns.NurtureRuleId;

    /// <summary>Dataverse's constructor; the steps take no configuration.</summary>
    public TouchpointPlugin(string? unsecureConfiguration, string? secureConfiguration)
        : base(unsecureConfiguration, secureConfiguration)
    {
    }

    /// <inheritdoc />
    protected override void ExecuteCore(ILocalPluginContext context)
    {
        var activity = ActivityMapper.Read(context.PluginExecutionContext, context.Clock.UtcNow);
        if (!activity.IsNewlyCompleted || activity.Regarding == null)
        {
            context.Trace("Not a touchpoint: the activity was not completed by this operation, or it regards nothing.");
            return;
        }

        var service = context.SystemOrganizationService;
        var account = TouchpointQueries.ReadAccount(service, activity.Regarding);
        if (account == null)
        {
            context.Trace($"Not a touchpoint: the activity regards a {activity.Regarding.LogicalName} that is not an account or a contact with a parent account.");
            return;
        }

        var recording = TouchpointRecorder.Record(account.Last, account.Count, activity.ToClientActivity(account.AccountId));
        context.Trace(recording.Reason);
        if (recording.IsCounted)
        {
            TouchpointWriter.Write(service, account, recording);
        }
    }
}
