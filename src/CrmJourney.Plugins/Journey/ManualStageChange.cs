using System;
using CrmJourney.Domain.Journey;

namespace CrmJourney.Plugins.Journey;

/// <summary>A user's request to move an account to another stage by editing cjp_journeystage.</summary>
/// <param name="Before">The account's stage and stage-entered date before the edit (the pre-image).</param>
/// <param name="Requested">The stage the user chose.</param>
/// <param name="ByUserId">The user who made the edit (the initiating user).</param>
public sealed record ManualStageChange(JourneyState Before, JourneyStage Requested, Guid ByUserId)
{
    /// <summary>The domain's answer: allowed with one transition, refused with the table's reason, or no change.</summary>
    public JourneyStep Apply(DateTime when) => JourneyRecorder.ApplyManual(Before, Requested, when, ByUserId);
}
