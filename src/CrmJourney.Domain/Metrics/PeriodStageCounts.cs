using System;
using System.Collections.Generic;

namespace CrmJourney.Domain.Metrics;

/// <summary>One period of a trend: its first day, the stage counts at its end and the flows within it.</summary>
/// <param name="Start">The period's first day (the range's start for a clipped first period).</param>
/// <param name="StageCounts">Accounts per stage at the period's end, all four stages in order.</param>
/// <param name="Flows">Transitions within the period per from → to pair.</param>
public sealed record PeriodStageCounts(DateTime Start, IReadOnlyList<StageCount> StageCounts, IReadOnlyList<StageFlow> Flows);
