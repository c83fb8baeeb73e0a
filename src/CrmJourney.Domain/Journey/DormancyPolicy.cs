using System;
using CrmJourney.Domain.Time;

namespace CrmJourney.Domain.Journey;

/// <summary>
/// The sweep's rule for long-dormant clients: an account Between engagements whose quiet period is
/// longer than <see cref="HorizonDays"/> becomes a Former client with trigger
/// <see cref="TransitionTrigger.Dormancy"/>. The quiet period is measured in whole calendar days
/// from the later of the last engagement end and the last touchpoint, so a client someone still
/// talks to is never retired: "730 days since the last engagement ended and no touchpoint in those
/// 730 days". Strictly longer: on day <see cref="HorizonDays"/> the account is not yet dormant.
/// An account whose last engagement end is unknown (imported without dates) is never made dormant,
/// because the quiet period cannot be established. Only Between engagements is affected.
/// </summary>
public sealed record DormancyPolicy
{
    /// <summary>The default horizon: two years.</summary>
    public const int DefaultHorizonDays = 730;

    /// <summary>Creates the policy; the horizon must be at least one day.</summary>
    public DormancyPolicy(int horizonDays = DefaultHorizonDays)
    {
        if (horizonDays < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(horizonDays), horizonDays, "The dormancy horizon must be at least one day, e.g. 730 for two years.");
        }

        HorizonDays = horizonDays;
    }

    /// <summary>Days of quiet after which a between-engagements client is considered former.</summary>
    public int HorizonDays { get; }

    /// <summary>True when the account is Between engagements and quiet for longer than the horizon as of <paramref name="asOf"/>.</summary>
    public bool IsDormant(JourneyState state, AccountJourneyFacts facts, DateTime asOf)
    {
        if (state is null)
        {
            throw new ArgumentNullException(nameof(state));
        }

        if (facts is null)
        {
            throw new ArgumentNullException(nameof(facts));
        }

        if (state.Stage != JourneyStage.BetweenEngagements || facts.ActiveEngagementCount > 0 || facts.LastEngagementEndedOn is null)
        {
            return false;
        }

        var lastSign = facts.LastEngagementEndedOn.Value;
        if (facts.LastTouchpointOn is { } touch && touch > lastSign)
        {
            lastSign = touch;
        }

        return WholeDays.Between(lastSign, asOf) > HorizonDays;
    }

    /// <summary>
    /// The sweep's step for one account: a Dormancy transition to Former client when dormant as of
    /// the clock's now, otherwise no change.
    /// </summary>
    public JourneyStep Sweep(JourneyState state, AccountJourneyFacts facts, IClock clock)
    {
        if (clock is null)
        {
            throw new ArgumentNullException(nameof(clock));
        }

        var now = clock.UtcNow;
        if (!IsDormant(state, facts, now))
        {
            return new JourneyStep(state, null, TransitionResult.NoChange($"The account is not between engagements with more than {HorizonDays} quiet days."));
        }

        return JourneyRecorder.Recompute(state, facts.WithFormerMarking(true), now, trigger: TransitionTrigger.Dormancy);
    }
}
