using System;

namespace CrmJourney.Domain.Rules.Evaluators;

/// <summary>
/// An earlier firing, as read from cjp_nurturelog (plus whether its task is still open): what
/// cooldowns, "one open task per (rule, account)" and dedupe windows are checked against.
/// </summary>
/// <param name="RuleId">cjp_nurtureruleid.</param>
/// <param name="AccountId">cjp_accountid; null for a partner digest.</param>
/// <param name="Window">cjp_window.</param>
/// <param name="FiredOn">cjp_firedon (UTC).</param>
/// <param name="TaskOpen">True while the task created by the firing is open (digests: false).</param>
/// <param name="AssignedToId">cjp_assignedtoid: for a digest, its recipient.</param>
public sealed record PriorFiring(Guid RuleId, Guid? AccountId, string Window, DateTime FiredOn, bool TaskOpen, Guid? AssignedToId = null);
