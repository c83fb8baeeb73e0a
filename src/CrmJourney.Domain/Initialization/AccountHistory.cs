using System;
using System.Collections.Generic;
using CrmJourney.Domain.Engagements;
using CrmJourney.Domain.Referrals;
using CrmJourney.Domain.Touchpoints;

namespace CrmJourney.Domain.Initialization;

/// <summary>
/// What an organization already holds about one account without a journey stage: its touchpoints (each completed
/// activity once, whoever of its people it reached — <see cref="TouchpointDefinition"/>), the engagements already
/// recorded, the won opportunities no engagement names, the lost opportunities, and the referrals it made (recorded
/// and about to be).
/// </summary>
public sealed record AccountHistory
{
    /// <summary>Creates the history; lists may be empty, never null.</summary>
    public AccountHistory(
        Guid accountId,
        DateTime createdOn,
        IReadOnlyList<Touchpoint> touchpoints,
        IReadOnlyList<Engagement> engagements,
        IReadOnlyList<WonDeal> wonWithoutEngagement,
        IReadOnlyList<LostDeal> lost,
        IReadOnlyList<Referral> referralsMade)
    {
        if (accountId == Guid.Empty)
        {
            throw new ArgumentException("A history belongs to an account: pass its id.", nameof(accountId));
        }

        AccountId = accountId;
        CreatedOn = createdOn;
        Touchpoints = touchpoints ?? throw new ArgumentNullException(nameof(touchpoints));
        Engagements = engagements ?? throw new ArgumentNullException(nameof(engagements));
        WonWithoutEngagement = wonWithoutEngagement ?? throw new ArgumentNullException(nameof(wonWithoutEngagement));
        Lost = lost ?? throw new ArgumentNullException(nameof(lost));
        ReferralsMade = referralsMade ?? throw new ArgumentNullException(nameof(referralsMade));
    }

    /// <summary>The account.</summary>
    public Guid AccountId { get; }

    /// <summary>When the account row was created: a prospect's stage-entered date.</summary>
    public DateTime CreatedOn { get; }

    /// <summary>Its touchpoints, one per activity.</summary>
    public IReadOnlyList<Touchpoint> Touchpoints { get; }

    /// <summary>Engagements already recorded for it.</summary>
    public IReadOnlyList<Engagement> Engagements { get; }

    /// <summary>Won opportunities that no engagement names yet.</summary>
    public IReadOnlyList<WonDeal> WonWithoutEngagement { get; }

    /// <summary>Lost opportunities.</summary>
    public IReadOnlyList<LostDeal> Lost { get; }

    /// <summary>Referrals with this account as the referrer.</summary>
    public IReadOnlyList<Referral> ReferralsMade { get; }
}
