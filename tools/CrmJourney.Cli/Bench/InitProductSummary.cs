namespace CrmJourney.Cli.Bench;

/// <summary>What the product initialization reported (its summary after the last call), as the bench shows it.</summary>
/// <param name="Calls">How many calls it took (more than one when it paused at its time budget and was resumed).</param>
/// <param name="AccountsInitialized">Accounts given a stage.</param>
/// <param name="EngagementsCreated">Engagements created from won opportunities.</param>
/// <param name="TransitionsCreated">Imported stage transitions written.</param>
/// <param name="ReferralsCreated">Referral rows created from leads and opportunities.</param>
public sealed record InitProductSummary(int Calls, int AccountsInitialized, int EngagementsCreated, int TransitionsCreated, int ReferralsCreated);
