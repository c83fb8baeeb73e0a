using System;
using System.Collections.Generic;
using System.Linq;
using System.ServiceModel;
using CrmJourney.Domain.Journey;
using CrmJourney.Domain.Templates;
using Microsoft.Crm.Sdk.Messages;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;
using AccountTable = CrmJourney.Plugins.Schema.Account;
using NurtureLogTable = CrmJourney.Plugins.Schema.NurtureLog;
using StageTransitionTable = CrmJourney.Plugins.Schema.StageTransition;
using TaskTable = CrmJourney.Plugins.Schema.Task;

namespace CrmJourney.Plugins.Sweep;

/// <summary>
/// Every write the sweep makes, in bulk: UpdateMultiple and CreateMultiple of at most 1,000 rows a
/// request (Dataverse's batch limit) and at most the current page's accounts (<see cref="SizeBatchesFor"/>),
/// one Create per digest email and one SendEmail per digest sent.
/// Logs are written before their tasks and emails so the alternate keys claim each firing first: every
/// log carries cjp_dedupekey, whose key also covers digests (the rule + account + window key ignores
/// rows with no account).
/// </summary>
internal sealed class SweepWriter
{
    /// <summary>The most rows one CreateMultiple or UpdateMultiple carries.</summary>
    public const int BatchSize = 1000;

    /// <summary>The optional request parameter that names plug-in steps not to run (Microsoft Learn, "Bypass custom Dataverse logic").</summary>
    public const string BypassStepIdsParameter = "BypassBusinessLogicExecutionStepIds";

    private readonly IOrganizationService _service;
    private int _batchSize = BatchSize;

    public SweepWriter(IOrganizationService service)
    {
        _service = service;
    }

    /// <summary>
    /// Batches carry at most as many rows as the page has accounts: a page sized to fit the time left bounds
    /// each of its CreateMultiple/UpdateMultiple requests too, which cannot be split once sent.
    /// </summary>
    public void SizeBatchesFor(int pageSize) => _batchSize = Math.Max(1, Math.Min(BatchSize, pageSize));

    /// <summary>Updates rows of one table in batches.</summary>
    public void UpdateAll(string table, IReadOnlyList<Entity> rows)
    {
        foreach (var batch in Batches(rows))
        {
            _service.Execute(new UpdateMultipleRequest { Targets = new EntityCollection(batch) { EntityName = table } });
        }
    }

    /// <summary>
    /// Creates rows of one table in batches and returns their ids, in the rows' order. <paramref name="bypassStepIds"/>
    /// names plug-in steps Dataverse must not run for these rows (the optional parameter
    /// BypassBusinessLogicExecutionStepIds; the caller needs prvBypassCustomBusinessLogic, which SYSTEM holds).
    /// </summary>
    public IReadOnlyList<Guid> CreateAll(string table, IReadOnlyList<Entity> rows, string? bypassStepIds = null)
    {
        var ids = new List<Guid>(rows.Count);
        foreach (var batch in Batches(rows))
        {
            var request = new CreateMultipleRequest { Targets = new EntityCollection(batch) { EntityName = table } };
            if (bypassStepIds != null)
            {
                request.Parameters[BypassStepIdsParameter] = bypassStepIds;
            }

            var response = (CreateMultipleResponse)_service.Execute(request);
            ids.AddRange(response.Ids ?? throw new InvalidPluginExecutionException($"CreateMultiple of {table} returned no ids; the sweep cannot link what it created."));
        }

        return ids;
    }

    /// <summary>
    /// Creates log rows whose keys are not taken yet. A batch that hits a duplicate key (a concurrent
    /// sweep recorded some firings first) is retried without the keys <paramref name="rereadKeys"/>
    /// now finds; returns the created ids by key. Without <paramref name="recover"/> the fault is
    /// reported with what to do, because inside a Dataverse transaction it has already doomed the call.
    /// </summary>
    public IReadOnlyDictionary<string, Guid> CreateLogs(IReadOnlyList<KeyedLog> logs, bool recover, Func<ISet<string>> rereadKeys)
    {
        var created = new Dictionary<string, Guid>(StringComparer.Ordinal);
        var pending = logs.ToList();
        while (pending.Count > 0)
        {
            var batch = pending.Take(_batchSize).ToList();
            try
            {
                var response = (CreateMultipleResponse)_service.Execute(new CreateMultipleRequest
                {
                    Targets = new EntityCollection(batch.Select(l => l.Row).ToList()) { EntityName = NurtureLogTable.LogicalName },
                });
                var ids = response.Ids ?? throw new InvalidPluginExecutionException("CreateMultiple of cjp_nurturelog returned no ids; the sweep cannot link its tasks.");
                for (var i = 0; i < batch.Count; i++)
                {
                    created[batch[i].Key] = ids[i];
                }

                pending.RemoveRange(0, batch.Count);
            }
            catch (FaultException<OrganizationServiceFault> fault) when (IsDuplicateKey(fault.Detail))
            {
                if (!recover)
                {
                    throw new InvalidPluginExecutionException(
                        "Another nurture sweep recorded some of the same firings at the same time, so this page was rolled back. "
                        + "Run cjp_RunNurtureSweep again with the same continuation token (or none, to start over): firings already recorded are skipped, so nothing is created twice.",
                        fault);
                }

                var taken = rereadKeys();
                var before = pending.Count;
                pending = pending.Where(l => !taken.Contains(l.Key)).ToList();
                if (pending.Count == before)
                {
                    throw;
                }
            }
        }

        return created;
    }

    /// <summary>Creates one row (a digest email) and returns its id.</summary>
    public Guid Create(Entity row) => _service.Create(row);

    /// <summary>Sends a created email (Dataverse marks it Sent; LocalOrg delivers nothing).</summary>
    public void Send(Guid emailId) => _service.Execute(new SendEmailRequest { EmailId = emailId, IssueSend = true, TrackingToken = string.Empty });

    /// <summary>
    /// The account update of a dormancy move: the new stage and its entered date, with the engagement
    /// counters the stage is derived from. Carrying the counters is what marks it as the product's own
    /// write to the account's manual-stage step, which then neither checks nor logs it again: the sweep
    /// writes the move's one cjp_stagetransition row itself.
    /// </summary>
    public static Entity StageUpdate(Guid accountId, JourneyState moved, AccountJourneyFacts facts)
    {
        var update = new Entity(AccountTable.LogicalName, accountId);
        update[AccountTable.Columns.JourneyStage] = Schema.Choices.ToOptionSetValue(moved.Stage);
        update[AccountTable.Columns.StageEnteredOn] = moved.StageEnteredOn;
        update[AccountTable.Columns.ActiveEngagementCount] = facts.ActiveEngagementCount;
        update[AccountTable.Columns.CompletedEngagementCount] = facts.CompletedEngagementCount;
        return update;
    }

    /// <summary>The journey-history row of a move ("Between engagements → Former client").</summary>
    public static Entity TransitionRow(StageTransition transition)
    {
        var row = new Entity(StageTransitionTable.LogicalName);
        row[StageTransitionTable.Columns.Name] = TemplateFormat.Stage(transition.From) + " → " + TemplateFormat.Stage(transition.To);
        row[StageTransitionTable.Columns.AccountId] = new EntityReference(AccountTable.LogicalName, transition.AccountId);
        row[StageTransitionTable.Columns.FromStage] = Schema.Choices.ToOptionSetValue(transition.From);
        row[StageTransitionTable.Columns.ToStage] = Schema.Choices.ToOptionSetValue(transition.To);
        row[StageTransitionTable.Columns.TransitionedOn] = transition.OccurredOn;
        row[StageTransitionTable.Columns.Trigger] = Schema.Choices.ToOptionSetValue(transition.Trigger);
        row[StageTransitionTable.Columns.DaysInPreviousStage] = transition.DaysInPreviousStage;
        return row;
    }

    /// <summary>A log update linking it to the task created for it.</summary>
    public static Entity TaskLink(Guid logId, Guid taskId)
    {
        var update = new Entity(NurtureLogTable.LogicalName, logId);
        update[NurtureLogTable.Columns.TaskId] = new EntityReference(TaskTable.LogicalName, taskId);
        return update;
    }

    /// <summary>A log update naming the digest email created for it (cjp_activityid is text).</summary>
    public static Entity EmailLink(Guid logId, Guid emailId)
    {
        var update = new Entity(NurtureLogTable.LogicalName, logId);
        update[NurtureLogTable.Columns.ActivityId] = emailId.ToString("D");
        return update;
    }

    /// <summary>True for the faults a taken alternate key (or primary key) gives, however deep the inner fault.</summary>
    public static bool IsDuplicateKey(OrganizationServiceFault? fault) =>
        fault is not null && (fault.ErrorCode == SweepValues.DuplicateRecordEntityKey || fault.ErrorCode == SweepValues.DuplicateKey || IsDuplicateKey(fault.InnerFault));

    private IEnumerable<List<Entity>> Batches(IReadOnlyList<Entity> rows)
    {
        for (var start = 0; start < rows.Count; start += _batchSize)
        {
            yield return rows.Skip(start).Take(_batchSize).ToList();
        }
    }
}
