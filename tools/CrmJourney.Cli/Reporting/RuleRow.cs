using System;
using System.Collections.Generic;
using CrmJourney.Domain.Accounts;
using CrmJourney.Domain.Journey;
using CrmJourney.Domain.Rules;

namespace CrmJourney.Cli.Reporting;

/// <summary>A nurture rule record as the report names it.</summary>
/// <param name="Id">The rule id.</param>
/// <param name="Name">Its name.</param>
/// <param name="Type">Its type, when the stored value is known.</param>
/// <param name="ThresholdDays">Its threshold (Quiet, Advocate check-in).</param>
/// <param name="Stages">The stages it watches (empty: all).</param>
/// <param name="Tiers">The tiers it watches (empty: all).</param>
/// <param name="MinimumCompletedEngagements">Pigeonholed: the completed engagements it asks for.</param>
public sealed record RuleRow(Guid Id, string Name, NurtureRuleType? Type, int? ThresholdDays, IReadOnlyList<JourneyStage>? Stages = null, IReadOnlyList<ClientTier>? Tiers = null, int? MinimumCompletedEngagements = null);
