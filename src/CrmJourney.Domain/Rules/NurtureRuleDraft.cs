using System;
using System.Collections.Generic;
using CrmJourney.Domain.Accounts;
using CrmJourney.Domain.Journey;

namespace CrmJourney.Domain.Rules;

/// <summary>
/// A nurture rule as typed by sales ops (a cjp_nurturerule record or one entry of a rule-set JSON
/// file), not yet checked. Everything may be missing or wrong; <see cref="Validation.NurtureRuleValidator"/>
/// turns it into a <see cref="NurtureRule"/> or lists every problem. Property names match the
/// rule-set JSON fields in camelCase.
/// </summary>
/// <remarks>
/// Defaults when absent: tiers empty (all tiers), cooldownDays 0 (at most one firing a day per
/// account), dueInDays 0 (due on the day of the sweep), priority Normal, active true, sendEmail false,
/// no description, no conditions.
/// </remarks>
public sealed record NurtureRuleDraft
{
    private readonly IReadOnlyList<JourneyStage> _stages = Array.Empty<JourneyStage>();
    private readonly IReadOnlyList<ClientTier> _tiers = Array.Empty<ClientTier>();

    /// <summary>The rule's fixed id (cjp_nurtureruleid); part of every dedupe key, so it must not change.</summary>
    public Guid Id { get; init; }

    /// <summary>The rule's name.</summary>
    public string? Name { get; init; }

    /// <summary>The rule type; required.</summary>
    public NurtureRuleType? Type { get; init; }

    /// <summary>The stages watched (Quiet and Pigeonholed only); null reads as empty.</summary>
    public IReadOnlyList<JourneyStage> Stages
    {
        get => _stages;
        init => _stages = value ?? Array.Empty<JourneyStage>();
    }

    /// <summary>The tiers watched; empty (or null) watches every tier, including accounts with no tier.</summary>
    public IReadOnlyList<ClientTier> Tiers
    {
        get => _tiers;
        init => _tiers = value ?? Array.Empty<ClientTier>();
    }

    /// <summary>The threshold in days (Quiet, AdvocateCheckIn).</summary>
    public int? ThresholdDays { get; init; }

    /// <summary>The minimum completed engagements (Pigeonholed).</summary>
    public int? MinimumCompletedEngagements { get; init; }

    /// <summary>Days after a firing before the rule may fire again for the same account; null means 0.</summary>
    public int? CooldownDays { get; init; }

    /// <summary>Who receives the task; required.</summary>
    public AssigneeType? AssigneeType { get; init; }

    /// <summary>The user, for <see cref="Rules.AssigneeType.SpecificUser"/> only.</summary>
    public Guid? AssigneeUserId { get; init; }

    /// <summary>The team, for <see cref="Rules.AssigneeType.SpecificTeam"/> only.</summary>
    public Guid? AssigneeTeamId { get; init; }

    /// <summary>The task subject template; required.</summary>
    public string? Subject { get; init; }

    /// <summary>The task description template; optional.</summary>
    public string? Description { get; init; }

    /// <summary>Days from the sweep to the task's due date; null means 0.</summary>
    public int? DueInDays { get; init; }

    /// <summary>The task priority; null means Normal.</summary>
    public TaskPriority? Priority { get; init; }

    /// <summary>Whether the sweep runs the rule; null means true. Previews evaluate inactive rules too.</summary>
    public bool? Active { get; init; }

    /// <summary>Partner digest only: send the digest email (true) or leave it as a draft.</summary>
    public bool? SendEmail { get; init; }

    /// <summary>The extra conditions as a JSON object text, or null/blank for none.</summary>
    public string? ConditionsJson { get; init; }
}
