using System;
using System.Globalization;

namespace CrmJourney.Domain.Journey;

/// <summary>
/// What losing an opportunity does to the account's prospect outcome (DESIGN §5): a prospect that
/// lost records why — Not now (good feeling, wrong timing) with a revisit date
/// <c>revisitAfterDays</c> calendar days after the loss, or No way (did not make the cut, no revisit
/// date). Only prospects are affected: an active, between-engagements or former client losing one
/// opportunity keeps its stage and its outcome, since it already has history with the firm. A status
/// reason the configuration does not map leaves the outcome alone. The stage never changes here.
/// </summary>
public static class ProspectLoss
{
    /// <summary>
    /// The outcome after an account in <paramref name="stage"/> lost an opportunity on
    /// <paramref name="lostOn"/>; <paramref name="lostAs"/> is the mapped outcome (null when unmapped).
    /// </summary>
    public static ProspectLossResult Apply(JourneyStage stage, ProspectOutcome? lostAs, DateTime lostOn, int revisitAfterDays)
    {
        if (revisitAfterDays < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(revisitAfterDays), revisitAfterDays, "The revisit delay must be at least one day, e.g. 180.");
        }

        if (stage != JourneyStage.Prospect)
        {
            return ProspectLossResult.Unchanged($"The account is not a prospect ({stage}), so losing an opportunity leaves its stage and outcome as they are.");
        }

        return lostAs switch
        {
            ProspectOutcome.NotNow => ProspectLossResult.Changed(
                ProspectOutcome.NotNow,
                lostOn.Date.AddDays(revisitAfterDays),
                $"Not now: revisit on {lostOn.Date.AddDays(revisitAfterDays).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}."),
            ProspectOutcome.NoWay => ProspectLossResult.Changed(ProspectOutcome.NoWay, null, "No way: the prospect is not nurtured."),
            _ => ProspectLossResult.Unchanged("The status reason of the loss is not mapped to an outcome, so the prospect outcome stays as it is."),
        };
    }
}
