using System;
using System.Collections.Generic;
using System.Linq;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using CrmJourney.Domain.Journey;
using CrmJourney.Plugins.Schema;
using CrmJourney.Plugins.Sweep;
using Microsoft.Xrm.Sdk;
using Newtonsoft.Json.Linq;

namespace CrmJourney.Plugins.Tests.Sweep;

/// <summary>
/// An organization whose active accounts have no journey stage yet (the solution imported into one with
/// history): the sweep cannot see them, so its summary — and the custom API's — counts them and says
/// how to give them one, with one request whatever their number.
/// </summary>
public sealed class AccountsWithoutStageSweepTests
{
    private static readonly NurtureSweepOptions _smallPages = SweepWorld.LocalOptions with { PageSize = 2 };

    [Fact]
    public void The_sweep_counts_the_active_accounts_without_a_stage_and_leaves_the_inactive_one_out()
    {
        var world = Mixed();

        var summary = world.Sweep().Summary;

        // 3 staged accounts are evaluated; of the 3 unstaged ones, 2 are active.
        Assert.Equal(3, summary.EvaluatedAccounts);
        Assert.Equal(2, summary.AccountsWithoutStage.Count);
        Assert.False(summary.AccountsWithoutStage.IsLowerBound);
        var json = JObject.Parse(summary.ToJson("exports/firm"));
        Assert.Equal(2, json.Value<int>("accountsWithoutStage"));
        Assert.False(json.Value<bool>("accountsWithoutStageIsLowerBound"));
        Assert.Equal(
            "2 active accounts have no journey stage, so no rule evaluates them; run `cjp init --data exports/firm` (or the cjp_InitializeJourney custom API) to give them one from their history.",
            json.Value<string>("accountsWithoutStageMessage"));
    }

    [Fact]
    public void The_custom_api_summary_carries_the_count_and_the_sentence_with_its_placeholder_folder()
    {
        var world = Mixed();

        var response = world.Org.Execute(new OrganizationRequest(RunNurtureSweepApi.UniqueName) { [RunNurtureSweepApi.Inputs.DryRun] = true });

        var summary = JObject.Parse((string)response[RunNurtureSweepApi.Outputs.Summary]!);
        Assert.Equal(2, summary.Value<int>("accountsWithoutStage"));
        Assert.Equal(
            "2 active accounts have no journey stage, so no rule evaluates them; run `cjp init --data DIR` (or the cjp_InitializeJourney custom API) to give them one from their history.",
            summary.Value<string>("accountsWithoutStageMessage"));
    }

    [Fact]
    public void An_organization_whose_active_accounts_all_have_a_stage_hears_nothing()
    {
        var world = new SweepWorld();
        world.QuietRule();
        world.QuietLtd();
        world.Org.Seed(new[] { Unstaged("Closed long ago", active: false) });

        var summary = world.Sweep().Summary;

        Assert.Equal(0, summary.AccountsWithoutStage.Count);
        var json = JObject.Parse(summary.ToJson());
        Assert.Equal(0, json.Value<int>("accountsWithoutStage"));
        Assert.Equal(JTokenType.Null, json["accountsWithoutStageMessage"]!.Type);
    }

    [Fact]
    public void Counting_takes_one_request_whether_one_or_twelve_thousand_accounts_lack_a_stage_and_a_full_page_says_at_least()
    {
        var few = new SweepWorld();
        few.QuietRule();
        few.QuietLtd();
        few.Org.Seed(new[] { Unstaged("Imported 0") });
        var many = new SweepWorld();
        many.QuietRule();
        many.QuietLtd();
        many.Org.Seed(Enumerable.Range(0, 12_000).Select(i => Unstaged("Imported " + i)).ToList());

        var one = few.Sweep().Summary;
        var lots = many.Sweep().Summary;

        Assert.Equal(one.RequestsUsed, lots.RequestsUsed);
        Assert.Equal((1, false), (one.AccountsWithoutStage.Count, one.AccountsWithoutStage.IsLowerBound));
        Assert.Equal((5_000, true), (lots.AccountsWithoutStage.Count, lots.AccountsWithoutStage.IsLowerBound));
        Assert.StartsWith("At least 5,000 active accounts have no journey stage", JObject.Parse(lots.ToJson()).Value<string>("accountsWithoutStageMessage"), StringComparison.Ordinal);
    }

    [Fact]
    public void A_resumed_sweep_reports_the_count_its_first_call_made_without_counting_again()
    {
        var world = Mixed();
        var calls = new List<NurtureSweepResult> { world.Sweep(_smallPages, stopwatch: new StepStopwatch(TimeSpan.FromSeconds(50))) };

        // Imported between the calls: a recount would find 3.
        world.Org.Seed(new[] { Unstaged("Imported later") });
        while (calls[^1].ContinuationToken is { } token)
        {
            calls.Add(world.Sweep(_smallPages, token, new StepStopwatch(TimeSpan.FromSeconds(50))));
        }

        Assert.True(calls.Count > 1, "the small budget should pause the sweep after its first page");
        Assert.All(calls, call => Assert.Equal(2, call.Summary.AccountsWithoutStage.Count));
    }

    [Fact]
    public void A_token_issued_before_the_count_existed_still_resumes_and_reports_none()
    {
        var world = Mixed();
        var token = world.Sweep(_smallPages, stopwatch: new StepStopwatch(TimeSpan.FromSeconds(50))).ContinuationToken!;

        var resumed = world.Sweep(_smallPages, WithoutTheCount(token));

        Assert.True(resumed.Completed);
        Assert.Equal(3, resumed.Summary.EvaluatedAccounts);
        Assert.Equal(0, resumed.Summary.AccountsWithoutStage.Count);
        Assert.Null(resumed.Summary.AccountsWithoutStage.Sentence());
    }

    /// <summary>
    /// The token as the sweep wrote it before it counted accounts without a stage: the same payload without the two
    /// totals, signed as the codec documents (the first 16 bytes of SHA-256 over its domain string and the payload).
    /// </summary>
    private static string WithoutTheCount(string token)
    {
        var parts = token.Split('.');
        var json = Encoding.UTF8.GetString(Convert.FromBase64String(Pad(parts[1].Replace('-', '+').Replace('_', '/'))));
        var older = Regex.Replace(json, "\"unstaged\":\\s*\\d+,\\s*\"unstagedAtLeast\":\\s*(true|false),\\s*", string.Empty);
        Assert.NotEqual(json, older);
        var payload = Convert.ToBase64String(Encoding.UTF8.GetBytes(older)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes("CrmJourney nurture sweep continuation token v1\n" + payload));
        return parts[0] + "." + payload + "." + Convert.ToHexString(hash, 0, 16).ToLowerInvariant();
    }

    private static string Pad(string base64) => base64 + new string('=', (4 - (base64.Length % 4)) % 4);

    /// <summary>3 staged accounts (Quiet watches Between engagements), 2 active accounts with no stage and 1 inactive one.</summary>
    private static SweepWorld Mixed()
    {
        var world = new SweepWorld();
        world.QuietRule();
        world.QuietLtd();
        world.QuietLtd("Quiet Two");
        world.QuietLtd("Quiet Three");
        world.Org.Seed(new[] { Unstaged("Imported One"), Unstaged("Imported Two"), Unstaged("Imported Closed", active: false) });
        return world;
    }

    /// <summary>An account as an import leaves it: no journey columns at all.</summary>
    private static Entity Unstaged(string name, bool active = true)
    {
        var account = SweepWorld.NewAccount(SweepWorld.Id("account:" + name), name, JourneyStage.Prospect);
        account.Attributes.Remove(Account.Columns.JourneyStage);
        account.Attributes.Remove(Account.Columns.ActiveEngagementCount);
        account[Account.Columns.StateCode] = new OptionSetValue(active ? 0 : 1);
        return account;
    }
}
