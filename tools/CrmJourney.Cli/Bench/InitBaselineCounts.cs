namespace CrmJourney.Cli.Bench;

/// <summary>
/// The requests the per-account initialization sent itself, by kind (the plugins its writes trigger send more,
/// which the organization's counters add): list pages + four queries per account (contacts, opportunities,
/// activities regarding its rows, activity parties naming its people) + one Create per engagement + one Update of
/// the account + one Create of its Imported transition.
/// </summary>
/// <param name="ListPages">RetrieveMultiple pages of the accounts without a stage and of the referred leads (5,000 a page).</param>
/// <param name="AccountQueries">Four per account.</param>
/// <param name="EngagementsCreated">One Create per won opportunity without an engagement.</param>
/// <param name="AccountsUpdated">One Update per initialized account.</param>
/// <param name="TransitionsCreated">One Create per initialized account (trigger Imported).</param>
/// <param name="AccountsSkipped">Accounts the derivation left without a stage (nothing written for them).</param>
public sealed record InitBaselineCounts(int ListPages, int AccountQueries, int EngagementsCreated, int AccountsUpdated, int TransitionsCreated, int AccountsSkipped)
{
    /// <summary>The requests it sent itself: pages + queries + creates + updates.</summary>
    public int Total => ListPages + AccountQueries + EngagementsCreated + AccountsUpdated + TransitionsCreated;
}
