namespace CrmJourney.Domain.Journey;

/// <summary>
/// What caused a stage change, recorded on every cjp_stagetransition row.
/// The Dataverse choice value (cjp_trigger) is 573100000 + the numeric value; the order is fixed.
/// </summary>
public enum TransitionTrigger
{
    /// <summary>An engagement started: a prospect or a between-engagements client became active.</summary>
    EngagementStarted = 0,

    /// <summary>The last active engagement completed or was cancelled.</summary>
    EngagementEnded = 1,

    /// <summary>The sweep found a between-engagements client dormant past the horizon (see <see cref="DormancyPolicy"/>).</summary>
    Dormancy = 2,

    /// <summary>A user changed the stage (checked against <see cref="ManualTransitionTable"/>) or corrected the data it derives from.</summary>
    Manual = 3,

    /// <summary>
    /// An opportunity was lost. Kept for the Dataverse choice: losing an opportunity changes the
    /// prospect outcome (Not now / No way), never the stage, so the derivation itself never yields it.
    /// </summary>
    OpportunityLost = 4,

    /// <summary>A former client started a new engagement (win-back).</summary>
    ReEngaged = 5,

    /// <summary>The stage came from a data import or migration.</summary>
    Imported = 6,

    /// <summary>The account was created and entered the journey as a prospect (see <see cref="StageBirth"/>).</summary>
    Created = 7,
}
