using CrmJourney.Domain.Touchpoints;
using CrmJourney.Plugins.Mapping;
using CrmJourney.Plugins.Registration;
using CrmJourney.Plugins.Schema;

namespace CrmJourney.Plugins.Touchpoints;

/// <summary>
/// Counts a completed email, phone call, appointment, task or letter as a touchpoint of every account it
/// touches (<see cref="TouchpointDefinition"/>: regarding the account, one of its contacts,
/// opportunities, leads or engagements, or with the account or one of its contacts among its parties):
/// moves each one's last touchpoint forward only, counts it once, and closes its open Quiet nurture
/// task (<see cref="TouchpointRecorder"/>). An activity that touches no account is traced and ignored.
/// </summary>
/// <remarks>
/// <para>
/// Step shapes, chosen so that saving an open activity queues no system job. Dataverse queues one
/// asyncoperation for every event an asynchronous step is registered on, before any plug-in code runs,
/// and a Create step has no filtering attributes (they apply to Update only). The previous asynchronous
/// Create steps therefore queued a job for every activity created — about 48,000 no-op jobs per sweep
/// at 100,000 accounts, one per open nurture task. So:
/// </para>
/// <list type="bullet">
/// <item>Create: synchronous PostOperation, no image. For an open activity (every nurture task) it reads
/// the target and returns at once: no request, no job. For an activity saved already completed (a
/// logged call, an email tracked by server-side synchronization) it records the touchpoint inside the
/// save. A Create step is the only way to see those: Create never runs Update steps.</item>
/// <item>Update filtered on statecode: asynchronous PostOperation, as before, so completing an activity
/// never slows or blocks the save; Dataverse queues its job only when statecode is in the target, i.e.
/// on a completion, cancellation or reopening, never on an ordinary edit. SetState runs as an update of
/// statecode and statuscode (Microsoft Learn, "Behavior of specialized update operations"), so there is
/// deliberately no SetState step: with one, a SetState would be counted twice.</item>
/// </list>
/// <para>
/// Budget per completed activity: 2 reads (the activity with its parties and regarding row resolved to
/// accounts; the touched accounts with their open nurture tasks), then 1 account update per account
/// counted and 1 task update per Quiet task closed — 3 for the usual activity that touches one account
/// (was 2 when only the regarding row counted: reading parties is one query more). An activity that
/// touches no account costs the first read only.
/// </para>
/// </remarks>
[PluginStep(MessageNames.Create, Email.LogicalName, PipelineStage.PostOperation, Id = "dd2315df-93ef-420d-8082-8d228626f174", Mode = ExecutionMode.Synchronous,
    Description = "Counts an email created as completed as a touchpoint of the accounts it touches; returns at once for an open one.")]
[PluginStep(MessageNames.Update, Email.LogicalName, PipelineStage.PostOperation, Id = "5799c749-9c05-4a2e-8970-39ea5b1591e7", Mode = ExecutionMode.Asynchronous,
    FilteringAttributes = Email.Columns.StateCode, PreImageAttributes = Email.Columns.StateCode, PostImageAttributes = ActivityColumns,
    Description = "Counts a completed email as a touchpoint of the accounts it touches.")]
[PluginStep(MessageNames.Create, PhoneCall.LogicalName, PipelineStage.PostOperation, Id = "f8578e27-1c2b-4b03-a425-85e8d69d039e", Mode = ExecutionMode.Synchronous,
    Description = "Counts a phone call created as completed as a touchpoint of the accounts it touches; returns at once for an open one.")]
[PluginStep(MessageNames.Update, PhoneCall.LogicalName, PipelineStage.PostOperation, Id = "28c25102-269b-49e8-bc34-3c39135774c8", Mode = ExecutionMode.Asynchronous,
    FilteringAttributes = PhoneCall.Columns.StateCode, PreImageAttributes = PhoneCall.Columns.StateCode, PostImageAttributes = ActivityColumns,
    Description = "Counts a completed phone call as a touchpoint of the accounts it touches.")]
[PluginStep(MessageNames.Create, Appointment.LogicalName, PipelineStage.PostOperation, Id = "0bca32c4-324d-4d49-a778-3fa8eee94cb2", Mode = ExecutionMode.Synchronous,
    Description = "Counts an appointment created as completed as a meeting touchpoint of the accounts it touches; returns at once for an open one.")]
[PluginStep(MessageNames.Update, Appointment.LogicalName, PipelineStage.PostOperation, Id = "f3870077-87e0-4d80-b7f2-2ad2d2264c0f", Mode = ExecutionMode.Asynchronous,
    FilteringAttributes = Appointment.Columns.StateCode, PreImageAttributes = Appointment.Columns.StateCode, PostImageAttributes = ActivityColumns,
    Description = "Counts a completed appointment as a meeting touchpoint of the accounts it touches.")]
[PluginStep(MessageNames.Create, Task.LogicalName, PipelineStage.PostOperation, Id = "3ee67797-e0f6-4341-bb7f-a95e64c33f81", Mode = ExecutionMode.Synchronous,
    Description = "Counts a task created as completed as a touchpoint of the accounts it touches; returns at once for an open one (every nurture task).")]
[PluginStep(MessageNames.Update, Task.LogicalName, PipelineStage.PostOperation, Id = "47c99c82-0a05-4dc1-b3e7-559543025536", Mode = ExecutionMode.Asynchronous,
    FilteringAttributes = Task.Columns.StateCode, PreImageAttributes = Task.Columns.StateCode, PostImageAttributes = TaskColumns,
    Description = "Counts a completed task (a nurture task only once someone completes it) as a touchpoint of the accounts it touches.")]
[PluginStep(MessageNames.Create, Letter.LogicalName, PipelineStage.PostOperation, Id = "0bb4bd5e-9ab8-4c23-b4d0-384e467d4a58", Mode = ExecutionMode.Synchronous,
    Description = "Counts a letter created as completed as a touchpoint of the accounts it touches; returns at once for an open one.")]
[PluginStep(MessageNames.Update, Letter.LogicalName, PipelineStage.PostOperation, Id = "6dadbb58-d574-4c1c-a394-80d3561f81aa", Mode = ExecutionMode.Asynchronous,
    FilteringAttributes = Letter.Columns.StateCode, PreImageAttributes = Letter.Columns.StateCode, PostImageAttributes = ActivityColumns,
    Description = "Counts a completed letter as a touchpoint of the accounts it touches.")]
public sealed class TouchpointPlugin : PluginBase
{
    private const string ActivityColumns = Task.Columns.StateCode + "," + Task.Columns.ActualEnd;
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
        if (!activity.IsNewlyCompleted)
        {
            context.Trace("Not a touchpoint: the activity was not completed by this operation.");
            return;
        }

        var service = context.SystemOrganizationService;
        var reach = TouchpointQueries.ReadReach(service, context.PluginExecutionContext.PrimaryEntityName, activity.ActivityId);
        var accounts = TouchpointQueries.ReadAccounts(service, reach.AccountsTouched());
        if (accounts.Count == 0)
        {
            context.Trace("Not a touchpoint: the activity regards no account, contact, opportunity, lead or engagement of an account, and none of its parties is an account or a contact of one.");
            return;
        }

        foreach (var account in accounts)
        {
            var recording = TouchpointRecorder.Record(account.Last, account.Count, activity.ToClientActivity(account.AccountId));
            context.Trace($"Account {account.AccountId}: {recording.Reason}");
            if (recording.IsCounted)
            {
                TouchpointWriter.Write(service, account, recording);
            }
        }
    }
}
