using System;

namespace CrmJourney.Plugins.Initialization;

/// <summary>An account the initialization left without a stage, and why (one sentence with the fix).</summary>
/// <param name="AccountId">The account.</param>
/// <param name="Name">Its name.</param>
/// <param name="Reason">Why, and what to do.</param>
public sealed record SkippedAccount(Guid AccountId, string? Name, string Reason);
