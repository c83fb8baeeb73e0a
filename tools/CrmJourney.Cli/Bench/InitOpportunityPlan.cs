using System;

namespace CrmJourney.Cli.Bench;

/// <summary>One opportunity of an initialization-bench account.</summary>
/// <param name="State">Open, won or lost.</param>
/// <param name="StatusReason">statuscode: 1 (open), 3 (won), 4 or 5 (lost).</param>
/// <param name="ClosedOn">actualclosedate of a closed one, estimatedclosedate of an open one (a date).</param>
/// <param name="Value">actualvalue of a won one, estimatedvalue otherwise.</param>
/// <param name="ServiceLine">Index into <see cref="BenchDataset.ServiceLines"/> (cjp_servicelineid; set on won ones only).</param>
public sealed record InitOpportunityPlan(InitOpportunityState State, int StatusReason, DateTime ClosedOn, decimal Value, int ServiceLine);
