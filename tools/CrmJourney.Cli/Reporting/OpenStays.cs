using CrmJourney.Domain.Journey;

namespace CrmJourney.Cli.Reporting;

/// <summary>
/// The stays still running at the end of the period in one stage: how many accounts, and the
/// nearest-rank median of their whole days in the stage so far (to the period's last day), measured
/// from the last time each entered it (or from its creation when it never moved).
/// </summary>
/// <param name="Stage">The stage.</param>
/// <param name="Accounts">Accounts in it at the end.</param>
/// <param name="MedianDaysSoFar">Median days so far, or null with no account.</param>
public sealed record OpenStays(JourneyStage Stage, int Accounts, int? MedianDaysSoFar);
