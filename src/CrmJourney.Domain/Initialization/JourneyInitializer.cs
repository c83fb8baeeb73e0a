using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using CrmJourney.Domain.Engagements;
using CrmJourney.Domain.Journey;
using CrmJourney.Domain.Referrals;
using CrmJourney.Domain.Touchpoints;

namespace CrmJourney.Domain.Initialization;

/// <summary>
/// Derives an account's entry into the journey from its history (<see cref="AccountHistory"/>), as of a date, by the
/// rules the plugins apply day to day, so an initialized account looks as if the product had always been installed:
/// <list type="number">
/// <item>each won opportunity without an engagement becomes one (<see cref="InitializationPolicy"/>: the win date, the
/// assumed length, Completed when that has passed);</item>
/// <item>the engagement counters come from <see cref="EngagementSummary"/>;</item>
/// <item>the stage from <see cref="StageDerivation"/>; a between-engagements client the sweep would find dormant is a
/// former client (<see cref="DormancyPolicy"/>);</item>
/// <item>the stage-entered date: the latest start of an active engagement (Active), the last engagement end (Between),
/// the first day the quiet period passed the horizon (Former), the account's creation (Prospect) — never after the
/// as-of date;</item>
/// <item>a prospect's outcome replays its losses oldest first through <see cref="ProspectLoss"/>;</item>
/// <item>the last touchpoint and count from its touchpoints (<see cref="LastTouchpoint"/>), referral counters from
/// its referrals (<see cref="ReferrerCounters.Recompute"/>).</item>
/// </list>
/// </summary>
public static class JourneyInitializer
{
    /// <summary>The account's initial journey as of <paramref name="asOf"/>.</summary>
    public static InitialJourney Derive(AccountHistory history, InitializationPolicy policy, DateTime asOf)
    {
        if (history is null)
        {
            throw new ArgumentNullException(nameof(history));
        }

        if (policy is null)
        {
            throw new ArgumentNullException(nameof(policy));
        }

        var missingLine = history.WonWithoutEngagement.Where(d => d.ServiceLineId is null && d.WonOn <= asOf).ToList();
        if (missingLine.Count > 0 && policy.FallbackServiceLineId is null)
        {
            return Skipped(history, string.Format(
                CultureInfo.InvariantCulture,
                "{0} won {1} without a service line ({2}), so {3} cannot be recorded: set the opportunities' service line, or give a fallback service line, and run the initialization again.",
                missingLine.Count,
                missingLine.Count == 1 ? "opportunity" : "opportunities",
                string.Join(", ", missingLine.Take(3).Select(d => "\"" + d.Name + "\"")) + (missingLine.Count > 3 ? ", …" : string.Empty),
                missingLine.Count == 1 ? "its engagement" : "their engagements"));
        }

        var newEngagements = history.WonWithoutEngagement
            .Where(d => d.WonOn <= asOf)
            .OrderBy(d => d.WonOn)
            .ThenBy(d => d.OpportunityId)
            .Select(d => EngagementFor(d, policy, asOf))
            .ToList();
        var all = history.Engagements
            .Concat(newEngagements.Select(e => new Engagement(e.Deal.OpportunityId, history.AccountId, e.ServiceLineId, e.Status, e.StartedOn, e.EndedOn, e.Deal.Value)))
            .ToList();
        var summary = EngagementSummary.From(all);

        // History up to the as-of date only: an initialization as of a past date sees what was known then.
        var touchpoints = history.Touchpoints.Where(t => t.OccurredOn <= asOf).OrderBy(t => t.OccurredOn).ThenBy(t => t.Channel).ToList();
        var last = touchpoints.Aggregate((LastTouchpoint?)null, (current, t) => LastTouchpoint.Advance(current, t));
        var facts = summary.ToFacts(last?.OccurredOn);
        var stage = StageDerivation.Derive(facts);
        var enteredOn = EnteredOn(stage, history, all, summary);
        if (stage == JourneyStage.BetweenEngagements && policy.Dormancy.IsDormant(new JourneyState(history.AccountId, stage, enteredOn), facts, asOf))
        {
            stage = JourneyStage.FormerClient;
            enteredOn = DormantFrom(summary.LastEngagementEndedOn!.Value, last?.OccurredOn, policy.Dormancy);
        }

        var outcome = ProspectOutcome.Open;
        DateTime? revisitOn = null;
        if (stage == JourneyStage.Prospect)
        {
            foreach (var loss in history.Lost.Where(l => l.LostOn <= asOf).OrderBy(l => l.LostOn))
            {
                var mapped = loss.StatusReason is int reason && policy.LostAs.TryGetValue(reason, out var to) ? to : (ProspectOutcome?)null;
                var result = ProspectLoss.Apply(JourneyStage.Prospect, mapped, loss.LostOn, policy.RevisitAfterDays);
                if (result.Changes)
                {
                    outcome = result.Outcome!.Value;
                    revisitOn = result.RevisitOn;
                }
            }
        }

        return new InitialJourney(
            history.AccountId,
            null,
            newEngagements,
            summary,
            stage,
            enteredOn > asOf ? asOf : enteredOn,
            last,
            touchpoints.Count,
            outcome,
            revisitOn,
            ReferrerCounters.Recompute(history.ReferralsMade.Where(r => r.ReferredOn <= asOf)));
    }

    /// <summary>The engagement a won deal becomes under the policy, as of <paramref name="asOf"/>.</summary>
    public static NewEngagement EngagementFor(WonDeal deal, InitializationPolicy policy, DateTime asOf)
    {
        if (deal is null)
        {
            throw new ArgumentNullException(nameof(deal));
        }

        if (policy is null)
        {
            throw new ArgumentNullException(nameof(policy));
        }

        var line = deal.ServiceLineId ?? policy.FallbackServiceLineId
            ?? throw new ArgumentException($"The won opportunity \"{deal.Name}\" has no service line and the policy gives no fallback.", nameof(deal));
        var end = deal.WonOn.AddDays(policy.EngagementLengthDays);
        return end <= asOf
            ? new NewEngagement(deal, line, EngagementStatus.Completed, deal.WonOn, end)
            : new NewEngagement(deal, line, EngagementStatus.Active, deal.WonOn, null);
    }

    private static DateTime EnteredOn(JourneyStage stage, AccountHistory history, IReadOnlyList<Engagement> all, EngagementSummary summary)
    {
        switch (stage)
        {
            case JourneyStage.ActiveClient:
                var starts = all.Where(e => e.Status == EngagementStatus.Active && e.StartedOn.HasValue).Select(e => e.StartedOn!.Value).ToList();
                return starts.Count > 0 ? starts.Max() : summary.FirstEngagementOn ?? history.CreatedOn;
            case JourneyStage.BetweenEngagements:
                return summary.LastEngagementEndedOn ?? history.CreatedOn;
            default:
                return history.CreatedOn;
        }
    }

    // The first instant the sweep would have found the client dormant: whole days since the later of the last end
    // and the last touchpoint exceed the horizon.
    private static DateTime DormantFrom(DateTime lastEnded, DateTime? lastTouch, DormancyPolicy dormancy)
    {
        var lastSign = lastTouch is { } touch && touch > lastEnded ? touch : lastEnded;
        return lastSign.Date.AddDays(dormancy.HorizonDays + 1);
    }

    private static InitialJourney Skipped(AccountHistory history, string reason) =>
        new(history.AccountId, reason, Array.Empty<NewEngagement>(), EngagementSummary.From(Array.Empty<Engagement>()), JourneyStage.Prospect, history.CreatedOn, null, 0, ProspectOutcome.Open, null, ReferrerCounters.None);
}
