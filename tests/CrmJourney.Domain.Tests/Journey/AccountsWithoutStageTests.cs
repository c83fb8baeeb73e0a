using System;
using CrmJourney.Domain.Journey;

namespace CrmJourney.Domain.Tests.Journey;

public sealed class AccountsWithoutStageTests
{
    [Fact]
    public void Twelve_accounts_are_named_with_the_count_the_reason_and_both_fixes()
    {
        var sentence = new AccountsWithoutStage(12, isLowerBound: false).Sentence("out/firm");

        Assert.Equal(
            "12 active accounts have no journey stage, so no rule evaluates them; run `cjp init --data out/firm` (or the cjp_InitializeJourney custom API) to give them one from their history.",
            sentence);
    }

    [Fact]
    public void One_account_is_spoken_of_in_the_singular()
    {
        Assert.Equal(
            "1 active account has no journey stage, so no rule evaluates it; run `cjp init --data data` (or the cjp_InitializeJourney custom API) to give it one from its history.",
            new AccountsWithoutStage(1, isLowerBound: false).Sentence("data"));
    }

    [Fact]
    public void A_count_that_stopped_at_its_cap_says_at_least_with_thousands_separated()
    {
        var sentence = new AccountsWithoutStage(5000, isLowerBound: true).Sentence();

        Assert.StartsWith("At least 5,000 active accounts have no journey stage, so no rule evaluates them;", sentence, StringComparison.Ordinal);
    }

    [Fact]
    public void Without_a_data_folder_the_fix_shows_the_placeholder_and_a_folder_with_spaces_is_quoted()
    {
        var two = new AccountsWithoutStage(2, isLowerBound: false);

        Assert.Contains("run `cjp init --data DIR` (or", two.Sentence(), StringComparison.Ordinal);
        Assert.Contains("run `cjp init --data \"My exports/firm\"` (or", two.Sentence("My exports/firm"), StringComparison.Ordinal);
    }

    [Fact]
    public void When_every_active_account_has_a_stage_there_is_nothing_to_say()
    {
        Assert.Null(AccountsWithoutStage.None.Sentence("data"));
        Assert.Null(new AccountsWithoutStage(0, isLowerBound: false).Sentence());
        Assert.False(AccountsWithoutStage.None.Any);
    }

    [Fact]
    public void A_negative_count_and_a_lower_bound_of_nothing_are_refused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new AccountsWithoutStage(-1, isLowerBound: false));
        Assert.Throws<ArgumentException>(() => new AccountsWithoutStage(0, isLowerBound: true));
    }
}
