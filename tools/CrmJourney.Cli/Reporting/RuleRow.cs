using System;
using CrmJourney.Domain.Rules;

namespace CrmJourney.Cli.Reporting;

/// <summary>A nurture rule record as the report names it.</summary>
/// <param name="Id">The rule id.</param>
/// <param name="Name">Its name.</param>
/// <param name="Type">Its type, when the stored value is known.</param>
/// <param name="ThresholdDays">Its threshold (Quiet, Advocate check-in).</param>
public sealed record RuleRow(Guid Id, string Name, NurtureRuleType? Type, int? ThresholdDays);
