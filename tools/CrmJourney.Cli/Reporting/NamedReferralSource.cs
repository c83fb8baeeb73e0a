using CrmJourney.Domain.Journey;

namespace CrmJourney.Cli.Reporting;

/// <summary>A referrer account by name with its referrals in the range, how many were won, and its stage now.</summary>
/// <param name="Name">The referrer's name.</param>
/// <param name="Referrals">Referrals made.</param>
/// <param name="Won">Of those, won.</param>
/// <param name="StageNow">The referrer's stage at the end of the range.</param>
public sealed record NamedReferralSource(string Name, int Referrals, int Won, JourneyStage StageNow);
