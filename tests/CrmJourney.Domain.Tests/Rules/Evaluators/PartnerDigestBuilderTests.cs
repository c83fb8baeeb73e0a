using System;
using System.Linq;
using CrmJourney.Domain.Journey;
using CrmJourney.Domain.Rules;
using CrmJourney.Domain.Rules.Evaluators;

namespace CrmJourney.Domain.Tests.Rules.Evaluators;

public sealed class PartnerDigestBuilderTests
{
    private static readonly FlaggedAccount[] _flags =
    {
        new(Candidates.Other(1, "Zeta Corp", Candidates.Partner), "Quiet clients", "No touchpoint for 120 days"),
        new(Candidates.Acme(), "Quiet clients", "No touchpoint for 143 days; last: meeting on 2026-07-03"),
        new(Candidates.Acme(), "Pigeonholed clients", "Bought only Tax advisory in 4 engagements; introduce Audit, Transaction services"),
        new(Candidates.Other(2, "Beta BV", null), "Quiet clients", "No touchpoint for 95 days"),
        new(Candidates.Other(3, "Grim Ltd", Candidates.Partner) with { Sentiment = FormerSentiment.Detractor }, "Quiet clients", "No touchpoint for 400 days"),
    };

    [Fact]
    public void Flagged_accounts_are_grouped_into_one_digest_per_relationship_partner()
    {
        var result = PartnerDigestBuilder.Build(Build.Rule(Drafts.Digest()), _flags, Build.Context());

        Assert.Equal(new[] { Candidates.Owner, Candidates.Partner }, result.Digests.Select(d => d.Recipient));
        var paula = result.Digests[1];
        Assert.Equal("2 accounts need attention, Paula Partner", paula.Subject);
        Assert.Equal("From Weekly partner digest:", paula.Intro);
        Assert.True(paula.SendEmail);
        Assert.Equal(new[] { "Acme Ltd", "Zeta Corp" }, paula.Entries.Select(e => e.AccountName));
        Assert.Equal(
            new[] { "Quiet clients: No touchpoint for 143 days; last: meeting on 2026-07-03", "Pigeonholed clients: Bought only Tax advisory in 4 engagements; introduce Audit, Transaction services" },
            paula.Entries[0].Reasons);
    }

    [Fact]
    public void An_account_without_a_partner_goes_to_its_owners_digest_with_a_note()
    {
        var result = PartnerDigestBuilder.Build(Build.Rule(Drafts.Digest()), _flags, Build.Context());

        var owner = result.Digests[0];
        var entry = Assert.Single(owner.Entries);
        Assert.Equal("Beta BV", entry.AccountName);
        Assert.Equal(new[] { "Quiet clients: No touchpoint for 95 days", "Note: no relationship partner set; assigned to the account owner" }, entry.Reasons);
    }

    [Fact]
    public void Detractors_never_appear_in_a_digest()
    {
        var result = PartnerDigestBuilder.Build(Build.Rule(Drafts.Digest()), _flags, Build.Context());

        Assert.DoesNotContain(result.Digests.SelectMany(d => d.Entries), e => e.AccountName == "Grim Ltd");
    }

    [Fact]
    public void A_digest_is_keyed_by_rule_date_and_recipient_with_no_account()
    {
        var digest = PartnerDigestBuilder.Build(Build.Rule(Drafts.Digest()), _flags, Build.Context()).Digests[1];

        Assert.Null(digest.Key.AccountId);
        Assert.Equal(Drafts.DigestId, digest.Key.RuleId);
        Assert.Equal("2026-11-23/cccccccc000000000000000000000002", digest.Key.Window);
        Assert.True(digest.Key.Window.Length <= NurtureDedupeKey.MaxWindowLength);
    }

    [Fact]
    public void A_recipient_sent_a_digest_within_the_cooldown_is_skipped_while_others_still_get_theirs()
    {
        var prior = new PriorFiring(Drafts.DigestId, null, "2026-11-20/cccccccc000000000000000000000002", Build.Utc(2026, 11, 20), TaskOpen: false, AssignedToId: Candidates.Partner.Id);

        var result = PartnerDigestBuilder.Build(Build.Rule(Drafts.Digest()), _flags, Build.Context(prior: new[] { prior }));

        Assert.Equal(Candidates.Owner, Assert.Single(result.Digests).Recipient);
        var skipped = Assert.Single(result.Skipped);
        Assert.Equal(RuleOutcomeKind.SkippedForCooldown, skipped.Kind);
        Assert.Equal("Paula Partner was sent a digest on 2026-11-20; the next is due on 2026-11-27", skipped.Reason);
    }

    [Fact]
    public void Nothing_flagged_means_no_digest()
    {
        var result = PartnerDigestBuilder.Build(Build.Rule(Drafts.Digest()), Array.Empty<FlaggedAccount>(), Build.Context());

        Assert.Empty(result.Digests);
        Assert.Empty(result.Skipped);
    }

    [Fact]
    public void Firings_of_account_rules_become_digest_flags_with_the_rule_name_and_reason()
    {
        var quiet = Build.Rule(Drafts.Quiet());
        var action = new QuietEvaluator().Evaluate(quiet, Candidates.Acme(), Build.Context()).Action!;

        var flag = FlaggedAccount.FromAction(quiet, Candidates.Acme(), action);

        Assert.Equal("Quiet clients", flag.RuleName);
        Assert.Equal("No touchpoint for 143 days; last: meeting on 2026-07-03", flag.Reason);
    }
}
