using System;

namespace CrmJourney.Cli.Replay;

/// <summary>How far a replay has got: the simulated day and the days done out of all.</summary>
/// <param name="Day">The simulated day just finished.</param>
/// <param name="DaysDone">Days replayed so far.</param>
/// <param name="TotalDays">Days in the history.</param>
public sealed record ReplayProgress(DateTime Day, int DaysDone, int TotalDays);
