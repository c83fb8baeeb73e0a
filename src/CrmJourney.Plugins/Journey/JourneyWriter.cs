using CrmJourney.Domain.Engagements;
using CrmJourney.Domain.Journey;
using CrmJourney.Plugins.Mapping;
using Microsoft.Xrm.Sdk;

namespace CrmJourney.Plugins.Journey;

/// <summary>
/// Stores the outcome of a journey recompute: the account update (counters, and the stage with its
/// entered date when it moved) and then the one cjp_stagetransition row of the move. The account
/// update carries the engagement counters next to the stage, so the manual stage guard sees a product
/// write and neither checks nor logs it again (see <see cref="StageWriteClassifier"/>); the sweep's
/// dormancy move uses the same shape. Nothing is written when nothing changed.
/// </summary>
public static class JourneyWriter
{
    /// <summary>Writes <paramref name="step"/> and <paramref name="summary"/> for the account read as <paramref name="stored"/>; returns the requests sent.</summary>
    public static int Write(IOrganizationService service, Entity stored, EngagementSummary summary, JourneyStep step)
    {
        var sent = 0;
        var update = AccountMapper.ToJourneyUpdate(stored, summary, step);
        if (update != null)
        {
            service.Update(update);
            sent++;
        }

        if (step.Transition != null)
        {
            service.Create(StageTransitionMapper.ToEntity(step.Transition));
            sent++;
        }

        return sent;
    }
}
