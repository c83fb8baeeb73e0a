using System;
using Microsoft.Xrm.Sdk;

namespace CrmJourney.Cli.Generation;

/// <summary>
/// One thing that happened in the generated firm's history, at <see cref="When"/> (UTC), as the
/// organization request a user would have sent then. The replayer sends it with the organization's
/// clock set to <see cref="When"/>, so the plugins stamp their rows with the simulated time.
/// </summary>
/// <param name="When">When it happened (UTC).</param>
/// <param name="Kind">What kind of event it is, for progress and summaries.</param>
public abstract record HistoryEvent(DateTime When, HistoryEventKind Kind)
{
    /// <summary>The request to send; <paramref name="service"/> resolves rows the plugins created (e.g. an engagement by its opportunity).</summary>
    public abstract OrganizationRequest? ToRequest(IOrganizationService service);
}
