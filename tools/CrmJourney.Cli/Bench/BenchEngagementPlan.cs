using System;

namespace CrmJourney.Cli.Bench;

/// <summary>One engagement of a planned account: its service line and partner (indexes into the catalogue and the partners), its dates, and whether it is still running.</summary>
/// <param name="ServiceLine">Index into <see cref="BenchDataset.ServiceLines"/>.</param>
/// <param name="Partner">Index of the engagement partner.</param>
/// <param name="StartedOn">cjp_startedon.</param>
/// <param name="EndedOn">cjp_endedon; null while active.</param>
public sealed record BenchEngagementPlan(int ServiceLine, int Partner, DateTime StartedOn, DateTime? EndedOn)
{
    /// <summary>True for the account's running engagement (no end yet).</summary>
    public bool IsActive => EndedOn is null;
}
