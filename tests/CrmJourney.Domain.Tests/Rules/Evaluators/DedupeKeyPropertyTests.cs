using System;
using CrmJourney.Domain.Rules;
using CrmJourney.Domain.Rules.Evaluators;
using CsCheck;

namespace CrmJourney.Domain.Tests.Rules.Evaluators;

public sealed class DedupeKeyPropertyTests
{
    private static readonly DateTime _epoch = new(2024, 1, 1, 0, 0, 0, DateTimeKind.Utc);

    private static Gen<Guid> NonEmptyGuid => Gen.Guid.Where(g => g != Guid.Empty);

    [Fact]
    public void The_same_inputs_always_give_the_same_outcome_and_key()
    {
        Gen.Select(Gen.Int[0, 2000], Gen.Int[0, 23], Gen.Int[0, 365], Gen.Int[-1, 400]).Sample((day, hour, cooldown, priorDaysAgo) =>
        {
            var rule = Build.Rule(Drafts.Quiet() with { CooldownDays = cooldown, ThresholdDays = 1 });
            var asOf = _epoch.AddDays(day).AddHours(hour);
            var candidate = Candidates.Acme() with { LastTouchpointOn = _epoch.AddDays(-10) };
            var prior = priorDaysAgo < 0 ? Array.Empty<PriorFiring>() : new[] { Build.Firing(rule.Id, candidate.AccountId, asOf.Date.AddDays(-priorDaysAgo)) };

            var first = new QuietEvaluator().Evaluate(rule, candidate, Build.Context(asOf, prior));
            var second = new QuietEvaluator().Evaluate(rule, candidate, Build.Context(asOf, prior));

            Assert.Equal(first.Kind, second.Kind);
            Assert.Equal(first.Key, second.Key);
            Assert.NotNull(first.Key);
        });
    }

    [Fact]
    public void Within_the_cooldown_no_second_firing_happens_and_the_key_stays_the_first_firings()
    {
        Gen.Select(Gen.Int[0, 2000], Gen.Int[0, 365], Gen.Int[0, 364], Gen.Int[0, 23]).Sample((day, cooldown, offset, hour) =>
        {
            var rule = Build.Rule(Drafts.Quiet() with { CooldownDays = cooldown, ThresholdDays = 1 });
            var candidate = Candidates.Acme() with { LastTouchpointOn = _epoch.AddDays(-10) };
            var firstAsOf = _epoch.AddDays(day).AddHours(hour);
            var first = new QuietEvaluator().Evaluate(rule, candidate, Build.Context(firstAsOf));
            Assert.True(first.IsFired);
            var logged = new PriorFiring(rule.Id, candidate.AccountId, first.Key!.Window, firstAsOf, TaskOpen: false);
            var blockingDays = Math.Max(cooldown, 1);
            var within = offset % blockingDays;

            var again = new QuietEvaluator().Evaluate(rule, candidate, Build.Context(firstAsOf.Date.AddDays(within).AddHours(23 - hour), new[] { logged }));
            var after = new QuietEvaluator().Evaluate(rule, candidate, Build.Context(firstAsOf.Date.AddDays(blockingDays + (offset % 3)), new[] { logged }));

            Assert.Equal(RuleOutcomeKind.SkippedForCooldown, again.Kind);
            Assert.Equal(first.Key, again.Key);
            Assert.True(after.IsFired);
            Assert.NotEqual(first.Key, after.Key);
        });
    }

    [Fact]
    public void Keys_differ_across_rules_and_accounts_on_the_same_day()
    {
        Gen.Select(NonEmptyGuid, NonEmptyGuid, NonEmptyGuid, Gen.Int[0, 2000]).Sample((ruleA, ruleB, account, day) =>
        {
            var asOf = _epoch.AddDays(day);
            var candidateA = Candidates.Acme() with { LastTouchpointOn = _epoch.AddDays(-10) };
            var candidateB = new NurtureCandidate(account, "Other Ltd", candidateA.Stage, Candidates.Owner) { LastTouchpointOn = candidateA.LastTouchpointOn };
            var quietA = Build.Rule(Drafts.Quiet() with { Id = ruleA, ThresholdDays = 1 });
            var quietB = Build.Rule(Drafts.Quiet() with { Id = ruleB, ThresholdDays = 1 });

            var keyA = new QuietEvaluator().Evaluate(quietA, candidateA, Build.Context(asOf)).Key!;
            var keyOtherRule = new QuietEvaluator().Evaluate(quietB, candidateA, Build.Context(asOf)).Key!;
            var keyOtherAccount = new QuietEvaluator().Evaluate(quietA, candidateB, Build.Context(asOf)).Key!;
            Assert.NotNull(keyA);

            Assert.Equal(ruleA == ruleB, keyA == keyOtherRule);
            Assert.Equal(account == candidateA.AccountId, keyA == keyOtherAccount);
            Assert.Equal(keyA == keyOtherRule, keyA.ToString() == keyOtherRule.ToString());
        }, iter: 2000);
    }

    [Fact]
    public void Every_window_fits_the_nurture_log_column()
    {
        Gen.Select(NonEmptyGuid, Gen.Int[0, 100_000]).Sample((id, day) =>
        {
            var asOf = _epoch.AddDays(day);

            Assert.InRange(NurtureDedupeKey.DateWindow(asOf).Length, 1, 50);
            Assert.InRange(NurtureDedupeKey.ReferralWindow(id).Length, 1, 50);
            Assert.InRange(NurtureDedupeKey.DigestWindow(asOf, id).Length, 1, 50);
        });
    }
}
