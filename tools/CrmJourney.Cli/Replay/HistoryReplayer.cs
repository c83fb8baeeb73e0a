using System;
using System.Collections.Generic;
using System.Globalization;
using System.ServiceModel;
using CrmJourney.Cli.Generation;
using CrmJourney.LocalOrg;
using Microsoft.Xrm.Sdk;

namespace CrmJourney.Cli.Replay;

/// <summary>
/// Replays a generated history day by day through an organization: the setup rows are imported as a
/// data load would (no plugins: users and the service catalogue exist before the story starts), then
/// each event is sent as the request a user would send, with the organization's clock at the event's
/// time, so every change runs through the real plugin steps. Once a week (Monday, 06:00 UTC, before
/// the day's events) the weekly callback runs — the nurture sweep — as a scheduled job would.
/// </summary>
public sealed class HistoryReplayer
{
    /// <summary>How many refusal messages a result keeps.</summary>
    public const int MaxRefusalSamples = 5;

    /// <summary>When the weekly sweep runs on its day.</summary>
    public static readonly TimeSpan SweepTimeOfDay = TimeSpan.FromHours(6);

    private readonly LocalOrganization _organization;
    private readonly SimulatedClock _clock;
    private readonly Action<DateTime>? _weekly;
    private readonly Action<ReplayProgress>? _progress;

    /// <summary>A replayer sending to <paramref name="organization"/>, whose clock is <paramref name="clock"/>.</summary>
    public HistoryReplayer(LocalOrganization organization, SimulatedClock clock, Action<DateTime>? weekly = null, Action<ReplayProgress>? progress = null)
    {
        ArgumentNullException.ThrowIfNull(organization);
        ArgumentNullException.ThrowIfNull(clock);
        _organization = organization;
        _clock = clock;
        _weekly = weekly;
        _progress = progress;
    }

    /// <summary>Replays <paramref name="history"/>; the organization ends holding the firm's data.</summary>
    public ReplayResult Replay(FirmHistory history)
    {
        ArgumentNullException.ThrowIfNull(history);
        _organization.Import(history.Setup);
        var sent = new Dictionary<HistoryEventKind, int>();
        var samples = new List<string>();
        var refused = 0;
        var sweeps = 0;
        var totalDays = (int)(history.End - history.Start).TotalDays;
        var next = 0;
        for (var day = 0; day < totalDays; day++)
        {
            var date = history.Start.AddDays(day);
            if (_weekly != null && date.DayOfWeek == DayOfWeek.Monday)
            {
                _clock.AdvanceTo(date + SweepTimeOfDay);
                _weekly(_clock.UtcNow);
                sweeps++;
            }

            var tomorrow = date.AddDays(1);
            for (; next < history.Events.Count && history.Events[next].When < tomorrow; next++)
            {
                var historyEvent = history.Events[next];
                _clock.AdvanceTo(historyEvent.When);
                try
                {
                    var request = historyEvent.ToRequest(_organization);
                    if (request == null)
                    {
                        continue;
                    }

                    _organization.Execute(request);
                    sent[historyEvent.Kind] = sent.GetValueOrDefault(historyEvent.Kind) + 1;
                }
                catch (FaultException<OrganizationServiceFault> fault)
                {
                    refused++;
                    if (samples.Count < MaxRefusalSamples)
                    {
                        samples.Add(string.Create(CultureInfo.InvariantCulture, $"{historyEvent.When:yyyy-MM-dd} {historyEvent.Kind}: {fault.Detail.Message}"));
                    }
                }
            }

            _progress?.Invoke(new ReplayProgress(date, day + 1, totalDays));
        }

        return new ReplayResult(sent, refused, samples, sweeps);
    }
}
