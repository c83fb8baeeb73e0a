using System;

namespace CrmJourney.Domain.Journey;

/// <summary>
/// Derives an account's stage from its facts, deterministically, and names the trigger of a
/// change. The stage depends on the facts alone:
/// an active engagement ⇒ Active client (whatever the marking);
/// otherwise a completed engagement ⇒ Former client when marked former, else Between engagements;
/// otherwise (nothing active, nothing completed; planned and cancelled engagements do not count) ⇒ Prospect.
/// The prospect outcome and the former sentiment never change the stage.
/// The trigger of a change depends only on the from → to pair (a data table): entering Active from
/// Former is a win-back (<see cref="TransitionTrigger.ReEngaged"/>), from Prospect or Between it is
/// <see cref="TransitionTrigger.EngagementStarted"/>; leaving Active is
/// <see cref="TransitionTrigger.EngagementEnded"/>; other changes come from a marking or a data
/// correction and are <see cref="TransitionTrigger.Manual"/>. The dormancy sweep and imports pass
/// their own trigger instead.
/// </summary>
public static class StageDerivation
{
    private const TransitionTrigger Started = TransitionTrigger.EngagementStarted;
    private const TransitionTrigger Ended = TransitionTrigger.EngagementEnded;
    private const TransitionTrigger Manual = TransitionTrigger.Manual;
    private const TransitionTrigger WinBack = TransitionTrigger.ReEngaged;

    // Rows: from stage; columns: to stage; both in JourneyStage order (Prospect, Active, Between, Former).
    // A → Prospect: the only engagement was cancelled. Prospect → Between: an engagement was recorded
    // directly as completed. Manual cells are markings or data corrections.
    private static readonly TransitionTrigger?[,] _triggers =
    {
        /* from Prospect */ { null,   Started, Ended, Manual },
        /* from Active   */ { Ended,  null,    Ended, Ended },
        /* from Between  */ { Manual, Started, null,  Manual },
        /* from Former   */ { Manual, WinBack, Manual, null },
    };

    /// <summary>The stage the facts put the account in.</summary>
    public static JourneyStage Derive(AccountJourneyFacts facts)
    {
        if (facts is null)
        {
            throw new ArgumentNullException(nameof(facts));
        }

        if (facts.ActiveEngagementCount > 0)
        {
            return JourneyStage.ActiveClient;
        }

        if (facts.CompletedEngagementCount > 0)
        {
            return facts.IsMarkedFormer ? JourneyStage.FormerClient : JourneyStage.BetweenEngagements;
        }

        return JourneyStage.Prospect;
    }

    /// <summary>
    /// The trigger of a derived move from <paramref name="from"/> to <paramref name="to"/>, or null
    /// when the two stages are the same (no move, nothing to record).
    /// </summary>
    public static TransitionTrigger? TriggerFor(JourneyStage from, JourneyStage to)
    {
        if (from == to)
        {
            return null;
        }

        var f = (int)from;
        var t = (int)to;
        if (f >= 0 && f < _triggers.GetLength(0) && t >= 0 && t < _triggers.GetLength(1))
        {
            return _triggers[f, t];
        }

        // Only undefined stage values get here; treat them as a correction made by hand.
        return TransitionTrigger.Manual;
    }
}
