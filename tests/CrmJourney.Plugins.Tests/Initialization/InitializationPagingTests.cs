using System;
using CrmJourney.Domain.Time;
using CrmJourney.Plugins.Initialization;
using CrmJourney.Plugins.Schema;
using CrmJourney.Plugins.Sweep;
using CrmJourney.Plugins.Tests.Sweep;
using Microsoft.Xrm.Sdk;
using TransitionTable = CrmJourney.Plugins.Schema.StageTransition;

namespace CrmJourney.Plugins.Tests.Initialization;

/// <summary>
/// Pages and resumption: accounts leave the "no stage" filter as they are initialized, and the paging cookie still
/// reaches every one; a call that runs out of time returns a token, and the calls it takes end where one call would.
/// </summary>
public sealed class InitializationPagingTests
{
    private static JourneyInitialization Engine(HistoryFirm firm, JourneyInitializationOptions options, ISweepStopwatch? stopwatch = null) =>
        new(firm.Org, new FixedClock(HistoryFirm.AsOf), _ => { }, options, stopwatch);

    [Fact]
    public void Pages_of_one_account_reach_every_account_although_each_page_s_account_leaves_the_filter()
    {
        var firm = new HistoryFirm();

        var result = Engine(firm, JourneyInitializationOptions.Default with { PageSize = 1 }).Run();

        // Acme, Beta and Delta have no stage (Gamma has one): three pages of one; Delta is skipped.
        Assert.True(result.Completed);
        Assert.Equal(3, result.Summary.Pages);
        Assert.Equal((2, 1), (result.Summary.AccountsInitialized, result.Summary.AccountsSkipped));
        Assert.Equal(2, firm.Rows(TransitionTable.LogicalName).Count);
    }

    [Fact]
    public void A_call_out_of_time_returns_a_token_and_the_resumed_calls_end_with_the_rows_and_totals_of_one_call()
    {
        var firm = new HistoryFirm();
        var options = JourneyInitializationOptions.Default with { PageSize = 1, TimeBudget = TimeSpan.FromSeconds(90) };
        // Each read of the stopwatch "takes" 60 s: after one page the half of the time left fits no page.
        var engine = Engine(firm, options, new StepStopwatch(TimeSpan.FromSeconds(60)));

        var calls = 1;
        var result = engine.Run();
        while (result.ContinuationToken is { } token)
        {
            calls++;
            result = engine.Run(token);
        }

        Assert.True(calls > 1);
        Assert.Equal((2, 1, 1), (result.Summary.AccountsInitialized, result.Summary.AccountsSkipped, result.Summary.EngagementsCreated));
        Assert.Equal(2, firm.Rows(TransitionTable.LogicalName).Count);
        Assert.Single(firm.Rows(Engagement.LogicalName));
    }

    [Fact]
    public void A_token_continued_with_other_settings_is_refused_with_what_to_do()
    {
        var firm = new HistoryFirm();
        var options = JourneyInitializationOptions.Default with { PageSize = 1 };
        var token = Engine(firm, options, new StepStopwatch(TimeSpan.FromSeconds(60))).Run().ContinuationToken!;

        var refusal = Assert.Throws<InvalidPluginExecutionException>(() => Engine(firm, options with { EngagementLengthDays = 365 }).Run(token));
        var tampered = Assert.Throws<InvalidPluginExecutionException>(() => Engine(firm, options).Run(token.Substring(0, token.Length - 2) + "00"));

        Assert.Contains("continue it with the same settings, or start again without a token", refusal.Message, StringComparison.Ordinal);
        Assert.Contains("checksum does not match", tampered.Message, StringComparison.Ordinal);
    }
}
