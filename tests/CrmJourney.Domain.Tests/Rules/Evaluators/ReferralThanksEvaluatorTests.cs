using System;
using CrmJourney.Domain.Journey;
using CrmJourney.Domain.Rules;
using CrmJourney.Domain.Rules.Evaluators;

namespace CrmJourney.Domain.Tests.Rules.Evaluators;

public sealed class ReferralThanksEvaluatorTests
{
    private static readonly Guid _referralId = new("ffffffff-0000-0000-0000-000000000001");
    private static readonly Guid _secondReferralId = new("ffffffff-0000-0000-0000-000000000002");

    [Fact]
    public void A_referral_creates_a_thank_you_task_for_the_referrers_relationship_partner()
    {
        var outcome = ReferralThanksEvaluator.Evaluate(Build.Rule(Drafts.Referral()), Referral(_referralId), Build.Context());

        Assert.True(outcome.IsFired);
        var action = outcome.Action!;
        Assert.Equal("Thank Acme Ltd for referring Globex Ltd", action.Subject);
        Assert.Equal("Referred Globex Ltd on 2026-11-20", action.Reason);
        Assert.Equal(Candidates.Partner, action.Assignee);
        Assert.Equal(Candidates.AcmeId, action.AccountId);
        Assert.Equal(Build.Utc(2026, 11, 26), action.DueOn);
        Assert.Equal("referral-ffffffff000000000000000000000001", action.Key.Window);
    }

    [Fact]
    public void The_same_referral_is_thanked_only_once()
    {
        var prior = new PriorFiring(Drafts.ReferralId, Candidates.AcmeId, "referral-ffffffff000000000000000000000001", Build.Utc(2026, 11, 20), TaskOpen: false);

        var outcome = ReferralThanksEvaluator.Evaluate(Build.Rule(Drafts.Referral()), Referral(_referralId), Build.Context(prior: new[] { prior }));

        Assert.Equal(RuleOutcomeKind.SkippedAlreadyFired, outcome.Kind);
        Assert.Equal("This referral was already thanked on 2026-11-20", outcome.Reason);
    }

    [Fact]
    public void Without_a_cooldown_every_new_referral_is_thanked_even_on_the_same_day()
    {
        var prior = new PriorFiring(Drafts.ReferralId, Candidates.AcmeId, "referral-ffffffff000000000000000000000001", Build.AsOf, TaskOpen: true);

        var outcome = ReferralThanksEvaluator.Evaluate(Build.Rule(Drafts.Referral()), Referral(_secondReferralId), Build.Context(prior: new[] { prior }));

        Assert.True(outcome.IsFired);
    }

    [Fact]
    public void A_cooldown_limits_thank_yous_per_referrer()
    {
        var prior = new PriorFiring(Drafts.ReferralId, Candidates.AcmeId, "referral-ffffffff000000000000000000000001", Build.Utc(2026, 11, 20), TaskOpen: false);

        var outcome = ReferralThanksEvaluator.Evaluate(Build.Rule(Drafts.Referral() with { CooldownDays = 7 }), Referral(_secondReferralId), Build.Context(prior: new[] { prior }));

        Assert.Equal(RuleOutcomeKind.SkippedForCooldown, outcome.Kind);
    }

    [Fact]
    public void A_detractor_referrer_is_not_nurtured_even_when_referring()
    {
        var outcome = ReferralThanksEvaluator.Evaluate(Build.Rule(Drafts.Referral()), Referral(_referralId, Candidates.Acme() with { Sentiment = FormerSentiment.Detractor }), Build.Context());

        Assert.Equal(RuleOutcomeKind.SkippedDetractor, outcome.Kind);
    }

    [Fact]
    public void The_sweep_dispatcher_explains_that_referral_thanks_are_event_driven()
    {
        var outcome = NurtureRuleEvaluator.Evaluate(Build.Rule(Drafts.Referral()), Candidates.Acme(), Build.Context());

        Assert.Equal(RuleOutcomeKind.NotFired, outcome.Kind);
        Assert.Contains("when a referral is logged", outcome.Reason, StringComparison.Ordinal);
    }

    private static ReferralEvent Referral(Guid id, NurtureCandidate? referrer = null) =>
        new(id, referrer ?? Candidates.Acme(), "Globex Ltd", Build.Utc(2026, 11, 20));
}
