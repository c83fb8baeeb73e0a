using System;
using CrmJourney.Plugins.Schema;
using Microsoft.Xrm.Sdk;

namespace CrmJourney.Plugins.Tests.Sweep;

/// <summary>
/// The Partner digest rule: one email per recipient listing every account the other rules flagged and
/// why, HTML-escaped; sent when the rule says so, otherwise a draft; logged once per recipient and day.
/// </summary>
public sealed class PartnerDigestSweepTests
{
    [Fact]
    public void Each_partner_gets_one_email_listing_each_flagged_account_with_its_reason()
    {
        var world = new SweepWorld();
        world.AllRules();
        world.QuietLtd();
        world.PigeonPlc();
        world.AdvocateSa();
        world.LaterGmbh();

        world.Sweep();

        Assert.Equal(2, world.Emails.Count);
        var alice = EmailOwnedBy(world, SweepWorld.Alice);
        Assert.Equal("Accounts needing attention for Alice Martin", alice.GetAttributeValue<string>(Email.Columns.Subject));
        var body = alice.GetAttributeValue<string>(Email.Columns.Description)!;
        Assert.Contains(">3 accounts flagged by Partner digest</td></tr>", body, StringComparison.Ordinal);
        Assert.Contains(">Quiet clients (1)</td></tr>", body, StringComparison.Ordinal);
        Assert.Contains("<strong>Quiet Ltd</strong><br><span style=\"color:#5f6b7a;\">No touchpoint for 140 days; last: meeting on 2026-07-03</span>", body, StringComparison.Ordinal);
        Assert.Contains(">Pigeonholed (1)</td></tr>", body, StringComparison.Ordinal);
        // Tax advisory clients: Quiet Ltd (Tax and Audit) and Pigeon plc (Tax only); 1 of the 2 also bought Audit = 50%, none Transaction services.
        Assert.Contains("<strong>Pigeon plc</strong><br><span style=\"color:#5f6b7a;\">Bought only Tax advisory in 4 engagements; introduce Audit — 50% of Tax advisory clients also bought it</span>", body, StringComparison.Ordinal);
        Assert.Contains(">Advocate check-in (1)</td></tr>", body, StringComparison.Ordinal);
        Assert.Contains("<strong>Advocate SA</strong><br><span style=\"color:#5f6b7a;\">Advocate not contacted for 233 days; last: email on 2026-04-01</span>", body, StringComparison.Ordinal);
        Assert.True(body.IndexOf("Advocate SA", StringComparison.Ordinal) < body.IndexOf("Pigeon plc", StringComparison.Ordinal), "Accounts are listed by name.");
        var olivia = EmailOwnedBy(world, SweepWorld.Olivia);
        Assert.Contains("<br><span style=\"color:#5f6b7a;\">Note: no relationship partner set; assigned to the account owner</span>", olivia.GetAttributeValue<string>(Email.Columns.Description), StringComparison.Ordinal);
    }

    [Fact]
    public void Account_names_and_reasons_are_html_escaped_in_the_digest()
    {
        var world = new SweepWorld();
        world.QuietRule();
        world.DigestRule(sendEmail: false);
        world.QuietLtd("Smith & <Sons>");

        world.Sweep();

        var body = Assert.Single(world.Emails).GetAttributeValue<string>(Email.Columns.Description)!;
        Assert.Contains("<strong>Smith &amp; &lt;Sons&gt;</strong>", body, StringComparison.Ordinal);
        Assert.DoesNotContain("<Sons>", body, StringComparison.Ordinal);
    }

    [Fact]
    public void A_digest_rule_that_sends_marks_the_email_sent()
    {
        var world = new SweepWorld();
        world.QuietRule();
        world.DigestRule(sendEmail: true);
        world.QuietLtd();

        var result = world.Sweep();

        var email = Assert.Single(world.Emails);
        Assert.Equal(1, email.GetAttributeValue<OptionSetValue>(Email.Columns.StateCode)!.Value);
        Assert.Equal(3, email.GetAttributeValue<OptionSetValue>(Email.Columns.StatusCode)!.Value);
        Assert.Equal(1, result.Summary.DigestsSent);
        Assert.Equal(1, world.Org.Requests("SendEmail"));
    }

    [Fact]
    public void A_digest_rule_that_does_not_send_leaves_the_email_a_draft()
    {
        var world = new SweepWorld();
        world.QuietRule();
        world.DigestRule(sendEmail: false);
        world.QuietLtd();

        var result = world.Sweep();

        var email = Assert.Single(world.Emails);
        Assert.Equal(0, email.GetAttributeValue<OptionSetValue>(Email.Columns.StateCode)!.Value);
        Assert.Equal(0, result.Summary.DigestsSent);
        Assert.Equal(1, result.Summary.DigestsCreated);
        Assert.Equal(0, world.Org.Requests("SendEmail"));
    }

    [Fact]
    public void The_digest_belongs_to_its_recipient_and_is_logged_with_the_email_id()
    {
        var world = new SweepWorld();
        var digestRule = world.DigestRule(sendEmail: false);
        world.QuietRule();
        world.QuietLtd();

        world.Sweep();

        var email = Assert.Single(world.Emails);
        Assert.Equal(SweepWorld.Alice, email.GetAttributeValue<EntityReference>(Email.Columns.OwnerId)!.Id);

        var log = Assert.Single(world.Logs, l => l.GetAttributeValue<EntityReference>(NurtureLog.Columns.NurtureRuleId)!.Id == digestRule);
        Assert.False(log.Contains(NurtureLog.Columns.AccountId));
        Assert.Equal("2026-11-20/" + SweepWorld.Alice.ToString("N"), log.GetAttributeValue<string>(NurtureLog.Columns.Window));
        Assert.Equal(email.Id.ToString("D"), log.GetAttributeValue<string>(NurtureLog.Columns.ActivityId));
        Assert.Equal("Digest of 1 flagged account", log.GetAttributeValue<string>(NurtureLog.Columns.Reason));
        Assert.Equal($"{digestRule:N}:-:2026-11-20/{SweepWorld.Alice:N}", log.GetAttributeValue<string>(NurtureLog.Columns.DedupeKey));
    }

    [Fact]
    public void Account_firings_are_logged_with_their_dedupe_key_too()
    {
        var world = new SweepWorld();
        var quietRule = world.QuietRule();
        var quietLtd = world.QuietLtd();

        world.Sweep();

        var log = Assert.Single(world.Logs);
        Assert.Equal($"{quietRule:N}:{quietLtd:N}:2026-11-20", log.GetAttributeValue<string>(NurtureLog.Columns.DedupeKey));
    }

    private static Entity EmailOwnedBy(SweepWorld world, Guid ownerId) =>
        Assert.Single(world.Emails, e => e.GetAttributeValue<EntityReference>(Email.Columns.OwnerId)!.Id == ownerId);
}
