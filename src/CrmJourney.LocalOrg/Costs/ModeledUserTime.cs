using System;

namespace CrmJourney.LocalOrg.Costs;

/// <summary>One user's modeled figures.</summary>
/// <param name="Elapsed">Modeled wall time: execution plus throttling waits, requests one after another.</param>
/// <param name="ExecutionTime">The modeled execution time of the user's requests (what the execution-time limit counts).</param>
/// <param name="Requests">Requests the user sent from outside (what the request limit counts; plug-ins' requests are not among them).</param>
/// <param name="ThrottleWait">Of <paramref name="Elapsed"/>, the time spent waiting for the service protection limits.</param>
public sealed record ModeledUserTime(TimeSpan Elapsed, TimeSpan ExecutionTime, int Requests, TimeSpan ThrottleWait);
