using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using CrmJourney.Domain.Journey;
using CrmJourney.Domain.Json;
using CrmJourney.Domain.Rules.Evaluators;

namespace CrmJourney.Plugins.Sweep;

/// <summary>
/// What a sweep did — or, on a dry run, would do. Counts are totals over every call of the sweep so far
/// (a resumed sweep reports the same totals as an uninterrupted one); <see cref="RequestsUsed"/>, the
/// invalid rules and <see cref="Firings"/> describe this call. <see cref="ToJson"/> is the custom API's
/// Summary output.
/// </summary>
public sealed class NurtureSweepSummary
{
    /// <summary>At most this many firings are listed; the counts always cover all of them.</summary>
    public const int MaxListedFirings = 500;

    internal NurtureSweepSummary(SweepState state, IReadOnlyList<RuleFiringCount> rules, IReadOnlyList<InvalidRule> invalidRules, IReadOnlyList<PlannedFiring> firings, int requestsUsed, bool completed)
    {
        var totals = state.Totals;
        AsOf = state.AsOf;
        DryRun = state.DryRun;
        RuleFilter = state.RuleId;
        Completed = completed;
        Pages = state.PagesDone;
        RequestsUsed = requestsUsed;
        EvaluatedAccounts = totals.EvaluatedAccounts;
        AccountsWithoutStage = totals.AccountsWithoutStage;
        Rules = rules;
        SkippedForCooldown = totals.SkippedForCooldown;
        SkippedOpenTask = totals.SkippedOpenTask;
        SkippedAlreadyFired = totals.SkippedAlreadyFired;
        SkippedDetractors = totals.SkippedDetractors;
        SkippedConcurrent = totals.SkippedConcurrent;
        InvalidRules = invalidRules;
        Transitions = totals.Transitions;
        LogsCreated = totals.LogsCreated;
        TasksCreated = totals.TasksCreated;
        DigestsCreated = totals.DigestsCreated;
        DigestsSent = totals.DigestsSent;
        Firings = firings;
    }

    /// <summary>The instant the sweep evaluated against.</summary>
    public DateTime AsOf { get; }

    /// <summary>True when nothing was written.</summary>
    public bool DryRun { get; }

    /// <summary>The only rule evaluated, or null for all active rules.</summary>
    public Guid? RuleFilter { get; }

    /// <summary>True when the sweep has finished; false when a continuation token was returned.</summary>
    public bool Completed { get; }

    /// <summary>Account pages processed so far.</summary>
    public int Pages { get; }

    /// <summary>Organization-service requests this call issued itself (reads and writes).</summary>
    public int RequestsUsed { get; }

    /// <summary>Accounts read and evaluated.</summary>
    public int EvaluatedAccounts { get; }

    /// <summary>
    /// Active accounts without a journey stage, which no rule evaluates: counted by the sweep's first call over at
    /// most one page of ids (<see cref="Domain.Journey.AccountsWithoutStage.IsLowerBound"/> when it was full) and
    /// carried by the token, so every call of one sweep reports the same count.
    /// </summary>
    public AccountsWithoutStage AccountsWithoutStage { get; }

    /// <summary>Firings per valid rule, in the rules' load order (by name).</summary>
    public IReadOnlyList<RuleFiringCount> Rules { get; }

    /// <summary>Firings a cooldown held back.</summary>
    public int SkippedForCooldown { get; }

    /// <summary>Firings held back because the rule's earlier task is still open.</summary>
    public int SkippedOpenTask { get; }

    /// <summary>Firings already recorded in the same window.</summary>
    public int SkippedAlreadyFired { get; }

    /// <summary>(Rule, account) pairs skipped because the account is a detractor.</summary>
    public int SkippedDetractors { get; }

    /// <summary>Firings a concurrent sweep recorded first (left to it: nothing is created twice).</summary>
    public int SkippedConcurrent { get; }

    /// <summary>Rules skipped because they do not validate, with every problem.</summary>
    public IReadOnlyList<InvalidRule> InvalidRules { get; }

    /// <summary>Dormant accounts moved from Between engagements to Former client.</summary>
    public int Transitions { get; }

    /// <summary>cjp_nurturelog rows written (tasks' and digests').</summary>
    public int LogsCreated { get; }

    /// <summary>Nurture tasks created.</summary>
    public int TasksCreated { get; }

    /// <summary>Digest emails created.</summary>
    public int DigestsCreated { get; }

    /// <summary>Digest emails sent (the others stay drafts).</summary>
    public int DigestsSent { get; }

    /// <summary>The firings of this call (at most <see cref="MaxListedFirings"/>): what a dry run would create.</summary>
    public IReadOnlyList<PlannedFiring> Firings { get; }

    /// <summary>
    /// The summary as indented JSON with camelCase names; the unstaged accounts' sentence names
    /// <paramref name="dataFolder"/> in its <c>cjp init</c> fix when given.
    /// </summary>
    public string ToJson(string? dataFolder = null)
    {
        var json = new JsonObject
        {
            ["asOf"] = AsOf.ToString("o", CultureInfo.InvariantCulture),
            ["dryRun"] = DryRun,
            ["ruleFilter"] = RuleFilter?.ToString("D", CultureInfo.InvariantCulture),
            ["completed"] = Completed,
            ["pages"] = Pages,
            ["requestsUsed"] = RequestsUsed,
            ["evaluatedAccounts"] = EvaluatedAccounts,
            [AccountsWithoutStage.CountJsonName] = AccountsWithoutStage.Count,
            [AccountsWithoutStage.IsLowerBoundJsonName] = AccountsWithoutStage.IsLowerBound,
            [AccountsWithoutStage.SentenceJsonName] = AccountsWithoutStage.Sentence(dataFolder),
            ["rules"] = new JsonArray(Rules.Select(r => (JsonValue)new JsonObject
            {
                ["id"] = r.RuleId.ToString("D", CultureInfo.InvariantCulture),
                ["name"] = r.Name,
                ["type"] = r.Type.ToString(),
                ["fired"] = r.Fired,
            })),
            ["skippedForCooldown"] = SkippedForCooldown,
            ["skippedOpenTask"] = SkippedOpenTask,
            ["skippedAlreadyFired"] = SkippedAlreadyFired,
            ["skippedDetractors"] = SkippedDetractors,
            ["skippedConcurrent"] = SkippedConcurrent,
            ["invalidRules"] = new JsonArray(InvalidRules.Select(r => (JsonValue)new JsonObject
            {
                ["id"] = r.RuleId.ToString("D", CultureInfo.InvariantCulture),
                ["name"] = r.Name,
                ["problems"] = new JsonArray(r.Problems.Select(p => (JsonValue)p.ToString())),
            })),
            ["transitions"] = Transitions,
            ["logsCreated"] = LogsCreated,
            ["tasksCreated"] = TasksCreated,
            ["digestsCreated"] = DigestsCreated,
            ["digestsSent"] = DigestsSent,
            ["firings"] = new JsonArray(Firings.Select(f => (JsonValue)new JsonObject
            {
                ["rule"] = f.RuleName,
                ["accountId"] = f.AccountId?.ToString("D", CultureInfo.InvariantCulture),
                ["account"] = f.AccountName,
                ["subject"] = f.Subject,
                ["assigneeId"] = f.AssigneeId.ToString("D", CultureInfo.InvariantCulture),
                ["dueOn"] = f.DueOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                ["reason"] = f.Reason,
            })),
        };
        return json.ToIndentedString();
    }
}
