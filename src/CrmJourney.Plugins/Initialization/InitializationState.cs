using System;
using System.Collections.Generic;

namespace CrmJourney.Plugins.Initialization;

/// <summary>
/// Where an initialization stands: the as-of instant and settings every call uses, the next page and its paging cookie
/// (which starts it after the last account looked at, however many accounts have left the "no stage" filter since),
/// pages done and the totals so far. What a continuation token carries.
/// </summary>
internal sealed class InitializationState
{
    public InitializationState(DateTime asOf, bool dryRun, int engagementLengthDays, Guid? fallbackServiceLineId)
    {
        AsOf = asOf;
        DryRun = dryRun;
        EngagementLengthDays = engagementLengthDays;
        FallbackServiceLineId = fallbackServiceLineId;
    }

    public DateTime AsOf { get; }

    public bool DryRun { get; }

    public int EngagementLengthDays { get; }

    public Guid? FallbackServiceLineId { get; }

    public int NextPage { get; set; } = 1;

    public string? PagingCookie { get; set; }

    public int PagesDone { get; set; }

    public int AccountsInitialized { get; set; }

    public int AccountsSkipped { get; set; }

    public int EngagementsCreated { get; set; }

    public int TransitionsCreated { get; set; }

    public int ReferralsCreated { get; set; }

    public int TouchpointsCounted { get; set; }

    public int ClaimedByAnother { get; set; }

    /// <summary>Accounts initialized per stage, by the stage's name.</summary>
    public Dictionary<string, int> ByStage { get; } = new(StringComparer.Ordinal);

    /// <summary>Prospects per outcome, by the outcome's name.</summary>
    public Dictionary<string, int> ByOutcome { get; } = new(StringComparer.Ordinal);
}
