using System;
using System.Collections.Generic;
using System.Linq;
using CrmJourney.Domain.Accounts;
using CrmJourney.Domain.Journey;
using CrmJourney.Domain.Json;
using CrmJourney.Domain.Templates;

namespace CrmJourney.Domain.Rules;

/// <summary>
/// A validated nurture rule (cjp_nurturerule). The only way to get one is
/// <see cref="Validation.NurtureRuleValidator.Validate"/>, so every instance satisfies
/// <see cref="RuleTypeRequirements"/>: its templates parsed with only the placeholders its type allows,
/// its numbers in range, its assignee complete. Immutable and safe to share across threads.
/// </summary>
/// <remarks>
/// Tiers: an empty set watches every tier, including accounts with no tier; a non-empty set watches
/// only accounts whose tier is in it (an account with no tier is then not watched). Stages are used only
/// by Quiet and Pigeonholed; the other types have a fixed scope (see <see cref="RuleTypeRequirements"/>).
/// </remarks>
public sealed class NurtureRule
{
    internal NurtureRule(NurtureRuleDraft draft, NurtureRuleType type, AssigneeType assigneeType, TaskTemplate subject, TaskTemplate description, NurtureConditions conditions)
    {
        Id = draft.Id;
        Name = draft.Name!.Trim();
        Type = type;
        Stages = draft.Stages.Distinct().OrderBy(s => s).ToList();
        Tiers = draft.Tiers.Distinct().OrderBy(t => t).ToList();
        ThresholdDays = draft.ThresholdDays;
        MinimumCompletedEngagements = draft.MinimumCompletedEngagements;
        CooldownDays = draft.CooldownDays ?? 0;
        AssigneeType = assigneeType;
        AssigneeUserId = draft.AssigneeUserId;
        AssigneeTeamId = draft.AssigneeTeamId;
        Subject = subject;
        Description = description;
        DueInDays = draft.DueInDays ?? 0;
        Priority = draft.Priority ?? TaskPriority.Normal;
        Active = draft.Active ?? true;
        SendEmail = draft.SendEmail ?? false;
        Conditions = conditions;
    }

    /// <summary>The rule's id; part of every dedupe key.</summary>
    public Guid Id { get; }

    /// <summary>The rule's name (trimmed).</summary>
    public string Name { get; }

    /// <summary>What the rule looks for.</summary>
    public NurtureRuleType Type { get; }

    /// <summary>The stages watched, distinct and in enum order; empty for types that do not use stages.</summary>
    public IReadOnlyList<JourneyStage> Stages { get; }

    /// <summary>The tiers watched, distinct and in enum order; empty watches every tier.</summary>
    public IReadOnlyList<ClientTier> Tiers { get; }

    /// <summary>The threshold in days (Quiet, AdvocateCheckIn), otherwise null.</summary>
    public int? ThresholdDays { get; }

    /// <summary>The minimum completed engagements (Pigeonholed), otherwise null.</summary>
    public int? MinimumCompletedEngagements { get; }

    /// <summary>Days after a firing during which the rule does not fire again for the same account (0 = once a day at most).</summary>
    public int CooldownDays { get; }

    /// <summary>Who receives the task.</summary>
    public AssigneeType AssigneeType { get; }

    /// <summary>The user for <see cref="Rules.AssigneeType.SpecificUser"/>.</summary>
    public Guid? AssigneeUserId { get; }

    /// <summary>The team for <see cref="Rules.AssigneeType.SpecificTeam"/>.</summary>
    public Guid? AssigneeTeamId { get; }

    /// <summary>The parsed subject template.</summary>
    public TaskTemplate Subject { get; }

    /// <summary>The parsed description template (may be empty).</summary>
    public TaskTemplate Description { get; }

    /// <summary>Days from the sweep's as-of date to the task's due date.</summary>
    public int DueInDays { get; }

    /// <summary>The task priority.</summary>
    public TaskPriority Priority { get; }

    /// <summary>Whether the sweep runs the rule (previews run inactive rules too).</summary>
    public bool Active { get; }

    /// <summary>Partner digest: send the email (true) or leave it as a draft.</summary>
    public bool SendEmail { get; }

    /// <summary>The extra conditions.</summary>
    public NurtureConditions Conditions { get; }

    /// <summary>True when the tier filter lets <paramref name="tier"/> through (empty set = every tier).</summary>
    public bool WatchesTier(ClientTier? tier) => Tiers.Count == 0 || (tier is ClientTier t && Tiers.Contains(t));

    /// <summary>The rule as a draft again (for saving); validating the draft gives an equal rule.</summary>
    public NurtureRuleDraft ToDraft() => new()
    {
        Id = Id,
        Name = Name,
        Type = Type,
        Stages = Stages,
        Tiers = Tiers,
        ThresholdDays = ThresholdDays,
        MinimumCompletedEngagements = MinimumCompletedEngagements,
        CooldownDays = CooldownDays,
        AssigneeType = AssigneeType,
        AssigneeUserId = AssigneeUserId,
        AssigneeTeamId = AssigneeTeamId,
        Subject = Subject.Source,
        Description = Description.Source.Length == 0 ? null : Description.Source,
        DueInDays = DueInDays,
        Priority = Priority,
        Active = Active,
        SendEmail = SendEmail,
        ConditionsJson = Conditions.IsEmpty ? null : ConditionsToJson(Conditions),
    };

    /// <inheritdoc />
    public override string ToString() => $"{Name} ({Type})";

    private static string ConditionsToJson(NurtureConditions conditions)
    {
        var json = new JsonObject();
        if (conditions.MinimumDaysInStage is int minimum)
        {
            json["minimumDaysInStage"] = minimum;
        }

        if (conditions.MaximumDaysSinceTouchpoint is int maximum)
        {
            json["maximumDaysSinceTouchpoint"] = maximum;
        }

        if (conditions.ServiceLineCodes.Count > 0)
        {
            json["serviceLineCodes"] = new JsonArray(conditions.ServiceLineCodes.Select(code => (JsonValue)code));
        }

        return json.ToString();
    }
}
