using System;
using System.Collections.Generic;
using System.Globalization;
using CrmJourney.Domain.Accounts;
using CrmJourney.Domain.Engagements;
using CrmJourney.Domain.Journey;
using CrmJourney.Domain.Rules;
using CrmJourney.Domain.Rules.Evaluators;
using CrmJourney.Domain.Rules.Validation;
using CrmJourney.Plugins.Mapping;
using Microsoft.Xrm.Sdk;
using AccountTable = CrmJourney.Plugins.Schema.Account;
using EmailTable = CrmJourney.Plugins.Schema.Email;
using NurtureLog = CrmJourney.Plugins.Schema.NurtureLog;
using NurtureRuleTable = CrmJourney.Plugins.Schema.NurtureRule;
using ServiceLineTable = CrmJourney.Plugins.Schema.ServiceLine;
using SystemUser = CrmJourney.Plugins.Schema.SystemUser;
using TaskTable = CrmJourney.Plugins.Schema.Task;
using Team = CrmJourney.Plugins.Schema.Team;

namespace CrmJourney.Plugins.Sweep;

/// <summary>
/// Maps between Dataverse rows and the domain's inputs and outputs: rule rows to drafts, account rows
/// to candidates, log rows to prior firings, and actions and digests to the rows the sweep writes.
/// Pure functions; no service calls.
/// </summary>
internal static class SweepMapper
{
    /// <summary>The rule row as a draft; a choice value the code does not know becomes a problem, not an exception.</summary>
    public static NurtureRuleDraft ToDraft(Entity rule, ICollection<RuleProblem> problems)
    {
        return new NurtureRuleDraft
        {
            Id = rule.Id,
            Name = rule.GetAttributeValue<string>(NurtureRuleTable.Columns.Name),
            Type = Choice<NurtureRuleType>(rule, NurtureRuleTable.Columns.RuleType, problems),
            Stages = Choices<JourneyStage>(rule, NurtureRuleTable.Columns.Stages, problems),
            Tiers = Choices<ClientTier>(rule, NurtureRuleTable.Columns.Tiers, problems),
            ThresholdDays = rule.GetAttributeValue<int?>(NurtureRuleTable.Columns.ThresholdDays),
            MinimumCompletedEngagements = rule.GetAttributeValue<int?>(NurtureRuleTable.Columns.MinimumCompletedEngagements),
            CooldownDays = rule.GetAttributeValue<int?>(NurtureRuleTable.Columns.CooldownDays),
            DueInDays = rule.GetAttributeValue<int?>(NurtureRuleTable.Columns.DueInDays),
            AssigneeType = Choice<AssigneeType>(rule, NurtureRuleTable.Columns.AssigneeType, problems),
            AssigneeUserId = rule.GetAttributeValue<EntityReference>(NurtureRuleTable.Columns.AssigneeUserId)?.Id,
            AssigneeTeamId = rule.GetAttributeValue<EntityReference>(NurtureRuleTable.Columns.AssigneeTeamId)?.Id,
            Subject = rule.GetAttributeValue<string>(NurtureRuleTable.Columns.TaskSubject),
            Description = rule.GetAttributeValue<string>(NurtureRuleTable.Columns.TaskDescription),
            Priority = Choice<TaskPriority>(rule, NurtureRuleTable.Columns.Priority, problems),
            Active = true,
            SendEmail = rule.GetAttributeValue<bool?>(NurtureRuleTable.Columns.SendEmail),
            ConditionsJson = rule.GetAttributeValue<string>(NurtureRuleTable.Columns.ConditionsJson),
        };
    }

    /// <summary>A service line row as the domain's catalogue entry; null when its code or name is blank.</summary>
    public static ServiceLine? ToServiceLine(Entity row)
    {
        var code = row.GetAttributeValue<string>(ServiceLineTable.Columns.Code);
        var name = row.GetAttributeValue<string>(ServiceLineTable.Columns.Name);
        return string.IsNullOrWhiteSpace(code) || string.IsNullOrWhiteSpace(name) ? null : new ServiceLine(row.Id, code!, name!);
    }

    /// <summary>The account's stage as stored; an account without one is treated as a prospect.</summary>
    public static JourneyStage StageOf(Entity account) =>
        Schema.Choices.ToEnum<JourneyStage>(account.GetAttributeValue<OptionSetValue>(AccountTable.Columns.JourneyStage)) ?? JourneyStage.Prospect;

    /// <summary>The facts the dormancy policy reads.</summary>
    public static AccountJourneyFacts ToFacts(Entity account) =>
        new(
            activeEngagementCount: Math.Max(0, account.GetAttributeValue<int?>(AccountTable.Columns.ActiveEngagementCount) ?? 0),
            completedEngagementCount: Math.Max(0, account.GetAttributeValue<int?>(AccountTable.Columns.CompletedEngagementCount) ?? 0),
            lastEngagementEndedOn: account.GetAttributeValue<DateTime?>(AccountTable.Columns.LastEngagementEndedOn),
            lastTouchpointOn: account.GetAttributeValue<DateTime?>(AccountTable.Columns.LastTouchpointOn),
            formerSentiment: Schema.Choices.ToEnum<FormerSentiment>(account.GetAttributeValue<OptionSetValue>(AccountTable.Columns.FormerSentiment)) ?? FormerSentiment.Unknown,
            prospectOutcome: Schema.Choices.ToEnum<ProspectOutcome>(account.GetAttributeValue<OptionSetValue>(AccountTable.Columns.ProspectOutcome)) ?? ProspectOutcome.Open);

    /// <summary>The account's journey state; with no stage-entered date the last engagement end (or the as-of instant) stands in.</summary>
    public static JourneyState ToState(Entity account, DateTime asOf) =>
        new(account.Id, StageOf(account), account.GetAttributeValue<DateTime?>(AccountTable.Columns.StageEnteredOn)
            ?? account.GetAttributeValue<DateTime?>(AccountTable.Columns.LastEngagementEndedOn)
            ?? asOf);

    /// <summary>The account as a rule candidate, in <paramref name="state"/> (its state after any dormancy move), with what its page's reads add.</summary>
    public static NurtureCandidate ToCandidate(Entity account, JourneyState state, PageFacts facts)
    {
        var engagementPartner = facts.LastEngagementPartnerOf(account.Id);
        return NurtureCandidateMapper.ToCandidate(account, state.Stage, state.StageEnteredOn, facts.UserName) with
        {
            ServiceLinesUsed = facts.ServiceLinesOf(account.Id),
            LastEngagementPartner = engagementPartner is Guid id ? PrincipalRef.User(id, facts.UserName(id)) : null,
        };
    }

    /// <summary>A log row as a prior firing; its task is open when the open-task query returned it.</summary>
    public static PriorFiring ToPriorFiring(Entity log, ISet<Guid> openTaskIds)
    {
        var window = log.GetAttributeValue<string>(NurtureLog.Columns.Window) ?? string.Empty;
        var task = log.GetAttributeValue<EntityReference>(NurtureLog.Columns.TaskId);
        return new PriorFiring(
            log.GetAttributeValue<EntityReference>(NurtureLog.Columns.NurtureRuleId)!.Id,
            log.GetAttributeValue<EntityReference>(NurtureLog.Columns.AccountId)?.Id,
            window,
            log.GetAttributeValue<DateTime>(NurtureLog.Columns.FiredOn),
            task is not null && openTaskIds.Contains(task.Id),
            log.GetAttributeValue<EntityReference>(NurtureLog.Columns.AssignedToId)?.Id ?? RecipientOfDigestWindow(window));
    }

    /// <summary>The (rule, account, window) key of a log row.</summary>
    public static string KeyOf(Entity log) =>
        new NurtureDedupeKey(
            log.GetAttributeValue<EntityReference>(NurtureLog.Columns.NurtureRuleId)!.Id,
            log.GetAttributeValue<EntityReference>(NurtureLog.Columns.AccountId)?.Id,
            log.GetAttributeValue<string>(NurtureLog.Columns.Window)!).ToString();

    /// <summary>The log row of a task firing (written before the task, so the key is claimed first).</summary>
    public static Entity ToLog(NurtureAction action, string ruleName, string accountName) =>
        Log(action.Key, $"{ruleName}: {accountName}", action.FiredOn, action.Reason, action.Assignee);

    /// <summary>The log row of a digest.</summary>
    public static Entity ToLog(PartnerDigest digest, string ruleName, DateTime firedOn) =>
        Log(digest.Key, $"{ruleName}: {digest.Recipient.Name ?? digest.Recipient.Id.ToString("D", CultureInfo.InvariantCulture)}", firedOn, DigestReason(digest), digest.Recipient);

    /// <summary>The digest's reason line: how many accounts it lists.</summary>
    public static string DigestReason(PartnerDigest digest) =>
        $"Digest of {digest.Entries.Count.ToString(CultureInfo.InvariantCulture)} flagged account{(digest.Entries.Count == 1 ? string.Empty : "s")}";

    /// <summary>The nurture task of an action: regarding the account, owned by the assignee, due on the due date.</summary>
    public static Entity ToTask(NurtureAction action)
    {
        var task = new Entity(TaskTable.LogicalName);
        task[TaskTable.Columns.Subject] = action.Subject;
        task[TaskTable.Columns.Description] = action.Description;
        task[TaskTable.Columns.RegardingObjectId] = new EntityReference(AccountTable.LogicalName, action.AccountId);
        task[TaskTable.Columns.OwnerId] = ToReference(action.Assignee);
        task[TaskTable.Columns.ScheduledEnd] = action.DueOn;
        task[TaskTable.Columns.PriorityCode] = new OptionSetValue(action.Priority switch
        {
            TaskPriority.Low => SweepValues.TaskPriorityLow,
            TaskPriority.High => SweepValues.TaskPriorityHigh,
            _ => SweepValues.TaskPriorityNormal,
        });
        task[TaskTable.Columns.NurtureRuleId] = new EntityReference(NurtureRuleTable.LogicalName, action.RuleId);
        return task;
    }

    /// <summary>The digest email: HTML body, owned by the recipient, optionally from and to the recipient.</summary>
    public static Entity ToEmail(PartnerDigest digest, string html, bool withParties)
    {
        var email = new Entity(EmailTable.LogicalName);
        email[EmailTable.Columns.Subject] = digest.Subject;
        email[EmailTable.Columns.Description] = html;
        email[EmailTable.Columns.OwnerId] = ToReference(digest.Recipient);
        email[EmailTable.Columns.DirectionCode] = true;
        if (withParties)
        {
            email[EmailTable.Columns.From] = Parties(digest.Recipient);
            email[EmailTable.Columns.To] = Parties(digest.Recipient);
        }

        return email;
    }

    /// <summary>A reference to a user or team.</summary>
    public static EntityReference ToReference(PrincipalRef principal) =>
        new(principal.Kind == PrincipalKind.Team ? Team.LogicalName : SystemUser.LogicalName, principal.Id);

    private static Entity Log(NurtureDedupeKey key, string name, DateTime firedOn, string reason, PrincipalRef assignee)
    {
        var log = new Entity(NurtureLog.LogicalName);
        log[NurtureLog.Columns.Name] = name.Length > SweepValues.LogNameLength ? name.Substring(0, SweepValues.LogNameLength - 1) + "…" : name;
        log[NurtureLog.Columns.NurtureRuleId] = new EntityReference(NurtureRuleTable.LogicalName, key.RuleId);
        if (key.AccountId is Guid accountId)
        {
            log[NurtureLog.Columns.AccountId] = new EntityReference(AccountTable.LogicalName, accountId);
        }

        log[NurtureLog.Columns.Window] = key.Window;

        // Every row carries the whole key: its alternate key is what refuses a second digest (no account).
        log[NurtureLog.Columns.DedupeKey] = key.ToString();
        log[NurtureLog.Columns.FiredOn] = firedOn;
        log[NurtureLog.Columns.Reason] = reason;

        // cjp_assignedtoid looks up systemuser only: a team assignee is named by the task's owner instead.
        if (assignee.Kind == PrincipalKind.User)
        {
            log[NurtureLog.Columns.AssignedToId] = new EntityReference(SystemUser.LogicalName, assignee.Id);
        }

        return log;
    }

    private static EntityCollection Parties(PrincipalRef principal)
    {
        var party = new Entity(SweepValues.ActivityParty);
        party[SweepValues.PartyId] = ToReference(principal);
        return new EntityCollection(new List<Entity> { party }) { EntityName = SweepValues.ActivityParty };
    }

    /// <summary>A digest window is "yyyy-MM-dd/" + the recipient's id (32 hex digits): a team recipient is known only from it.</summary>
    private static Guid? RecipientOfDigestWindow(string window)
    {
        var slash = window.IndexOf('/');
        return slash > 0 && Guid.TryParseExact(window.Substring(slash + 1), "N", out var id) ? id : null;
    }

    private static TEnum? Choice<TEnum>(Entity row, string column, ICollection<RuleProblem> problems)
        where TEnum : struct, Enum
    {
        try
        {
            return Schema.Choices.ToEnum<TEnum>(row.GetAttributeValue<OptionSetValue>(column));
        }
        catch (ArgumentOutOfRangeException exception)
        {
            problems.Add(new RuleProblem(column, FirstLine(exception.Message)));
            return null;
        }
    }

    private static IReadOnlyList<TEnum> Choices<TEnum>(Entity row, string column, ICollection<RuleProblem> problems)
        where TEnum : struct, Enum
    {
        try
        {
            return Schema.Choices.ToEnums<TEnum>(row.GetAttributeValue<OptionSetValueCollection>(column));
        }
        catch (ArgumentOutOfRangeException exception)
        {
            problems.Add(new RuleProblem(column, FirstLine(exception.Message)));
            return Array.Empty<TEnum>();
        }
    }

    private static string FirstLine(string message)
    {
        var end = message.IndexOfAny(new[] { '\r', '\n' });
        return end < 0 ? message : message.Substring(0, end);
    }
}
