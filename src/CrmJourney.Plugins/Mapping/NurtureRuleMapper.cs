using System;
using CrmJourney.Domain.Accounts;
using CrmJourney.Domain.Journey;
using CrmJourney.Domain.Rules;
using CrmJourney.Plugins.Schema;
using Microsoft.Xrm.Sdk;
using RuleColumns = CrmJourney.Plugins.Schema.NurtureRule.Columns;

namespace CrmJourney.Plugins.Mapping;

/// <summary>
/// Reads a cjp_nurturerule row into a <see cref="NurtureRuleDraft"/> for
/// <see cref="Domain.Rules.Validation.NurtureRuleValidator"/>. Empty columns stay null so the
/// validator applies its defaults and reports what is missing; an inactive row (statecode 1) is an
/// inactive rule. The draft's field names are the rule-set JSON's; <see cref="ColumnOf"/> gives the
/// column each one is stored in, for messages shown on the record's form.
/// </summary>
public static class NurtureRuleMapper
{
    /// <summary>Every rule column the draft reads.</summary>
    public static string[] Columns() => new[]
    {
        RuleColumns.Name, RuleColumns.RuleType, RuleColumns.Stages, RuleColumns.Tiers, RuleColumns.ThresholdDays,
        RuleColumns.MinimumCompletedEngagements, RuleColumns.CooldownDays, RuleColumns.DueInDays, RuleColumns.AssigneeType,
        RuleColumns.AssigneeUserId, RuleColumns.AssigneeTeamId, RuleColumns.TaskSubject, RuleColumns.TaskDescription,
        RuleColumns.Priority, RuleColumns.ConditionsJson, RuleColumns.SendEmail, RuleColumns.StateCode,
    };

    /// <summary>The draft of the rule stored in <paramref name="row"/> (columns read directly, or linked as <paramref name="alias"/>).</summary>
    public static NurtureRuleDraft ToDraft(Entity row, Guid ruleId, string? alias = null) => new()
    {
        Id = ruleId,
        Name = Read<string>(row, alias, RuleColumns.Name),
        Type = Choices.ToEnum<NurtureRuleType>(Read<OptionSetValue>(row, alias, RuleColumns.RuleType)),
        Stages = Choices.ToEnums<JourneyStage>(Read<OptionSetValueCollection>(row, alias, RuleColumns.Stages)),
        Tiers = Choices.ToEnums<ClientTier>(Read<OptionSetValueCollection>(row, alias, RuleColumns.Tiers)),
        ThresholdDays = Read<int?>(row, alias, RuleColumns.ThresholdDays),
        MinimumCompletedEngagements = Read<int?>(row, alias, RuleColumns.MinimumCompletedEngagements),
        CooldownDays = Read<int?>(row, alias, RuleColumns.CooldownDays),
        DueInDays = Read<int?>(row, alias, RuleColumns.DueInDays),
        AssigneeType = Choices.ToEnum<AssigneeType>(Read<OptionSetValue>(row, alias, RuleColumns.AssigneeType)),
        AssigneeUserId = Read<EntityReference>(row, alias, RuleColumns.AssigneeUserId)?.Id,
        AssigneeTeamId = Read<EntityReference>(row, alias, RuleColumns.AssigneeTeamId)?.Id,
        Subject = Read<string>(row, alias, RuleColumns.TaskSubject),
        Description = Read<string>(row, alias, RuleColumns.TaskDescription),
        Priority = Choices.ToEnum<TaskPriority>(Read<OptionSetValue>(row, alias, RuleColumns.Priority)),
        ConditionsJson = Read<string>(row, alias, RuleColumns.ConditionsJson),
        SendEmail = Read<bool?>(row, alias, RuleColumns.SendEmail),
        Active = Read<OptionSetValue>(row, alias, RuleColumns.StateCode) is { } state ? state.Value == 0 : null,
    };

    /// <summary>The cjp_nurturerule column that holds the rule-set JSON field <paramref name="field"/> (the field itself when it has no column).</summary>
    public static string ColumnOf(string field) => field switch
    {
        "name" => RuleColumns.Name,
        "type" => RuleColumns.RuleType,
        "stages" => RuleColumns.Stages,
        "tiers" => RuleColumns.Tiers,
        "thresholdDays" => RuleColumns.ThresholdDays,
        "minimumCompletedEngagements" => RuleColumns.MinimumCompletedEngagements,
        "cooldownDays" => RuleColumns.CooldownDays,
        "dueInDays" => RuleColumns.DueInDays,
        "assigneeType" => RuleColumns.AssigneeType,
        "assigneeUserId" => RuleColumns.AssigneeUserId,
        "assigneeTeamId" => RuleColumns.AssigneeTeamId,
        "subject" => RuleColumns.TaskSubject,
        "description" => RuleColumns.TaskDescription,
        "priority" => RuleColumns.Priority,
        "sendEmail" => RuleColumns.SendEmail,
        _ when field == "conditions" || field.StartsWith("conditions.", StringComparison.Ordinal) => RuleColumns.ConditionsJson,
        _ => field,
    };

    private static T? Read<T>(Entity row, string? alias, string column) =>
        alias == null ? row.GetAttributeValue<T>(column) : LinkedColumns.Value<T>(row, alias, column);
}
