using System;
using CrmJourney.LocalOrg.Costs;

namespace CrmJourney.Cli.Bench;

/// <summary>
/// One side of a bench in modeled Dataverse time (<c>cjp bench --dataverse-model</c>): what its requests
/// would take under the cost model, sent one after another as the bench sends them, and how long the
/// service protection limits alone would hold it back however parallel a client made it.
/// </summary>
/// <param name="Time">The user's modeled figures: wall time, execution time, requests from outside, throttling waits.</param>
/// <param name="Floor">The least wall time the limits allow for those requests and that execution time.</param>
/// <param name="LongestCall">The longest single call of the side's unit of work (a sweep call; the baseline's longest request is not tracked: zero).</param>
public sealed record ModeledRunFigures(ModeledUserTime Time, ServiceProtectionFloor Floor, TimeSpan LongestCall);
