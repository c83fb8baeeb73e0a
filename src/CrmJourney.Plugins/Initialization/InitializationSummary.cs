using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using CrmJourney.Domain.Json;

namespace CrmJourney.Plugins.Initialization;

/// <summary>
/// What an initialization did — or, on a dry run, would do. Counts are totals over every call so far;
/// <see cref="RequestsUsed"/> and <see cref="Skipped"/> describe this call. <see cref="ToJson"/> is the custom API's
/// Summary output.
/// </summary>
public sealed class InitializationSummary
{
    /// <summary>At most this many skipped accounts are listed per call; the count covers all.</summary>
    public const int MaxListedSkipped = 50;

    internal InitializationSummary(InitializationState state, IReadOnlyList<SkippedAccount> skipped, int requestsUsed, bool completed, string loseMappingSource)
    {
        AsOf = state.AsOf;
        DryRun = state.DryRun;
        Completed = completed;
        Pages = state.PagesDone;
        RequestsUsed = requestsUsed;
        AccountsInitialized = state.AccountsInitialized;
        AccountsSkipped = state.AccountsSkipped;
        EngagementsCreated = state.EngagementsCreated;
        TransitionsCreated = state.TransitionsCreated;
        ReferralsCreated = state.ReferralsCreated;
        TouchpointsCounted = state.TouchpointsCounted;
        ClaimedByAnother = state.ClaimedByAnother;
        ByStage = new Dictionary<string, int>(state.ByStage, StringComparer.Ordinal);
        ByOutcome = new Dictionary<string, int>(state.ByOutcome, StringComparer.Ordinal);
        Skipped = skipped.Take(MaxListedSkipped).ToList();
        EngagementLengthDays = state.EngagementLengthDays;
        LoseMappingSource = loseMappingSource;
    }

    /// <summary>History up to this instant counted.</summary>
    public DateTime AsOf { get; }

    /// <summary>True when nothing was written.</summary>
    public bool DryRun { get; }

    /// <summary>True when every account without a stage has been looked at.</summary>
    public bool Completed { get; }

    /// <summary>Pages of accounts processed so far.</summary>
    public int Pages { get; }

    /// <summary>Requests this call made.</summary>
    public int RequestsUsed { get; }

    /// <summary>Accounts given a stage (or that would be, on a dry run).</summary>
    public int AccountsInitialized { get; }

    /// <summary>Accounts left without a stage (see <see cref="Skipped"/>).</summary>
    public int AccountsSkipped { get; }

    /// <summary>Engagements created from won opportunities.</summary>
    public int EngagementsCreated { get; }

    /// <summary>Imported stage transitions written.</summary>
    public int TransitionsCreated { get; }

    /// <summary>Referrals logged from leads and opportunities that name a referrer.</summary>
    public int ReferralsCreated { get; }

    /// <summary>Touchpoints counted on the initialized accounts.</summary>
    public int TouchpointsCounted { get; }

    /// <summary>Accounts another initialization running at the same time claimed first (left to it).</summary>
    public int ClaimedByAnother { get; }

    /// <summary>Initialized accounts per stage name.</summary>
    public IReadOnlyDictionary<string, int> ByStage { get; }

    /// <summary>Initialized prospects per outcome name.</summary>
    public IReadOnlyDictionary<string, int> ByOutcome { get; }

    /// <summary>Accounts skipped by this call, at most <see cref="MaxListedSkipped"/>.</summary>
    public IReadOnlyList<SkippedAccount> Skipped { get; }

    /// <summary>The engagement length used for won opportunities.</summary>
    public int EngagementLengthDays { get; }

    /// <summary>Where the lost-opportunity mapping came from: the Lose step's configuration, or its default.</summary>
    public string LoseMappingSource { get; }

    /// <summary>The summary as JSON (camelCase names, documented in README).</summary>
    public string ToJson()
    {
        var json = new JsonObject
        {
            ["asOf"] = AsOf.ToString("o", CultureInfo.InvariantCulture),
            ["dryRun"] = DryRun,
            ["completed"] = Completed,
            ["pages"] = Pages,
            ["requestsUsed"] = RequestsUsed,
            ["accountsInitialized"] = AccountsInitialized,
            ["accountsSkipped"] = AccountsSkipped,
            ["engagementsCreated"] = EngagementsCreated,
            ["transitionsCreated"] = TransitionsCreated,
            ["referralsCreated"] = ReferralsCreated,
            ["touchpointsCounted"] = TouchpointsCounted,
            ["claimedByAnother"] = ClaimedByAnother,
            ["engagementLengthDays"] = EngagementLengthDays,
            ["loseMapping"] = LoseMappingSource,
        };
        var stages = new JsonObject();
        foreach (var pair in ByStage.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            stages[pair.Key] = pair.Value;
        }

        var outcomes = new JsonObject();
        foreach (var pair in ByOutcome.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            outcomes[pair.Key] = pair.Value;
        }

        var skipped = new JsonArray();
        foreach (var account in Skipped)
        {
            skipped.Add(new JsonObject
            {
                ["accountId"] = account.AccountId.ToString("D", CultureInfo.InvariantCulture),
                ["name"] = account.Name,
                ["reason"] = account.Reason,
            });
        }

        json["byStage"] = stages;
        json["prospectOutcomes"] = outcomes;
        json["skipped"] = skipped;
        return json.ToString();
    }
}
