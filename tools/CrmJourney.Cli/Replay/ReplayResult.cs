using System.Collections.Generic;
using CrmJourney.Cli.Generation;

namespace CrmJourney.Cli.Replay;

/// <summary>
/// What a replay sent: events per kind, and the events the organization refused (a plugin's refusal
/// or a fault) — counted and the first few kept with their messages, because a refused event is part of
/// the story (the product said no) rather than a reason to stop.
/// </summary>
/// <param name="Sent">Requests sent, per kind of event.</param>
/// <param name="Refused">How many events the organization refused.</param>
/// <param name="RefusalSamples">The first refusals' messages.</param>
/// <param name="Sweeps">How many weekly sweeps ran.</param>
public sealed record ReplayResult(IReadOnlyDictionary<HistoryEventKind, int> Sent, int Refused, IReadOnlyList<string> RefusalSamples, int Sweeps);
