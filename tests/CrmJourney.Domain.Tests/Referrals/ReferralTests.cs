using System;
using CrmJourney.Domain.Journey;
using CrmJourney.Domain.Referrals;
using CrmJourney.Domain.Tests.Time;

namespace CrmJourney.Domain.Tests.Referrals;

public class ReferralTests
{
    private static readonly Guid _referrer = new("11111111-2222-3333-4444-555555555555");
    private static readonly Guid _contact = new("99999999-8888-7777-6666-555555555555");
    private static readonly Guid _opportunity = new("aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee");
    private static readonly Guid _otherOpportunity = new("aaaaaaaa-bbbb-cccc-dddd-ffffffffffff");

    private static Referral AReferral(Guid referred, DateTime on, ReferralStatus status = ReferralStatus.Open) =>
        new(_referrer, null, ReferredKind.Opportunity, referred, on, ReferralChannel.Introduction, status, 0m, JourneyStage.FormerClient);

    [Fact]
    public void The_pair_key_names_both_kinds_and_both_ids_in_lower_case_hex()
    {
        var key = ReferralPairKey.For(_referrer, null, ReferredKind.Opportunity, _opportunity);

        Assert.Equal("account:11111111222233334444555555555555>opportunity:aaaaaaaabbbbccccddddeeeeeeeeeeee", key);
    }

    [Fact]
    public void The_referring_account_identifies_the_pair_even_when_a_contact_is_also_given()
    {
        var withContact = ReferralPairKey.For(_referrer, _contact, ReferredKind.Lead, _opportunity);
        var withoutContact = ReferralPairKey.For(_referrer, null, ReferredKind.Lead, _opportunity);

        Assert.Equal(withoutContact, withContact);
    }

    [Fact]
    public void A_contact_alone_identifies_the_referrer_when_no_account_is_given()
    {
        var key = ReferralPairKey.For(null, _contact, ReferredKind.Lead, _opportunity);

        Assert.Equal("contact:99999999888877776666555555555555>lead:aaaaaaaabbbbccccddddeeeeeeeeeeee", key);
    }

    [Fact]
    public void A_referral_without_any_referrer_is_refused_with_the_fix()
    {
        var error = Assert.Throws<ArgumentException>(() => ReferralPairKey.For(null, null, ReferredKind.Lead, _opportunity));

        Assert.Contains("referring account or contact", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_new_pair_is_created_and_counted_with_its_date()
    {
        var counters = new ReferrerCounters(2, 1, Day.On(2026, 1, 10));
        var candidate = AReferral(_opportunity, Day.On(2026, 3, 1));

        var result = ReferralLedger.Log(Array.Empty<Referral>(), candidate, counters);

        Assert.Same(candidate, result.ToCreate);
        Assert.Equal(new ReferrerCounters(3, 1, Day.On(2026, 3, 1)), result.Counters);
    }

    [Fact]
    public void A_referral_for_a_pair_already_logged_creates_nothing_and_counts_nothing()
    {
        var counters = new ReferrerCounters(1, 0, Day.On(2026, 3, 1));
        var existing = new[] { AReferral(_opportunity, Day.On(2026, 3, 1)) };

        var result = ReferralLedger.Log(existing, AReferral(_opportunity, Day.On(2026, 3, 4)), counters);

        Assert.True(result.IsDuplicate);
        Assert.Null(result.ToCreate);
        Assert.Same(counters, result.Counters);
    }

    [Fact]
    public void An_older_referral_logged_late_never_moves_the_last_referral_date_back()
    {
        var counters = new ReferrerCounters(1, 0, Day.On(2026, 3, 1));

        var result = ReferralLedger.Log(Array.Empty<Referral>(), AReferral(_otherOpportunity, Day.On(2025, 12, 1)), counters);

        Assert.Equal(new ReferrerCounters(2, 0, Day.On(2026, 3, 1)), result.Counters);
    }

    [Fact]
    public void Winning_the_referred_opportunity_marks_the_referral_won_with_its_value_and_credits_the_referrer()
    {
        var counters = new ReferrerCounters(2, 0, Day.On(2026, 3, 1));

        var update = ReferralLedger.MarkWon(AReferral(_opportunity, Day.On(2026, 3, 1)), 45_000m, counters);

        Assert.True(update.Changed);
        Assert.Equal(ReferralStatus.Won, update.Referral.Status);
        Assert.Equal(45_000m, update.Referral.Value);
        Assert.Equal(new ReferrerCounters(2, 1, Day.On(2026, 3, 1)), update.Counters);
    }

    [Fact]
    public void Winning_an_already_won_referral_again_credits_the_referrer_only_once()
    {
        var counters = new ReferrerCounters(2, 1, Day.On(2026, 3, 1));
        var won = AReferral(_opportunity, Day.On(2026, 3, 1), ReferralStatus.Won).With(ReferralStatus.Won, 45_000m);

        var retried = ReferralLedger.MarkWon(won, 45_000m, counters);
        var revalued = ReferralLedger.MarkWon(won, 50_000m, counters);

        Assert.False(retried.Changed);
        Assert.Same(counters, retried.Counters);
        Assert.True(revalued.Changed);
        Assert.Equal(50_000m, revalued.Referral.Value);
        Assert.Equal(1, revalued.Counters.WonCount);
    }

    [Fact]
    public void Losing_a_referral_that_was_won_withdraws_the_credit()
    {
        var counters = new ReferrerCounters(2, 1, Day.On(2026, 3, 1));
        var won = AReferral(_opportunity, Day.On(2026, 3, 1)).With(ReferralStatus.Won, 45_000m);

        var update = ReferralLedger.MarkLost(won, counters);

        Assert.Equal(ReferralStatus.Lost, update.Referral.Status);
        Assert.Equal(0, update.Counters.WonCount);
        Assert.Equal(2, update.Counters.ReferralCount);
    }

    [Fact]
    public void Recomputing_counters_counts_each_pair_once()
    {
        var counters = ReferrerCounters.Recompute(new[]
        {
            AReferral(_opportunity, Day.On(2026, 1, 5), ReferralStatus.Won),
            AReferral(_opportunity, Day.On(2026, 1, 5), ReferralStatus.Won),
            AReferral(_otherOpportunity, Day.On(2026, 2, 7)),
        });

        Assert.Equal(new ReferrerCounters(2, 1, Day.On(2026, 2, 7)), counters);
    }
}
