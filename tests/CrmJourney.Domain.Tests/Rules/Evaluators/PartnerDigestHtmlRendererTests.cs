using System;
using CrmJourney.Domain.Rules;
using CrmJourney.Domain.Rules.Evaluators;

namespace CrmJourney.Domain.Tests.Rules.Evaluators;

public sealed class PartnerDigestHtmlRendererTests
{
    [Fact]
    public void The_digest_groups_accounts_by_the_rule_that_flagged_them_each_a_link_to_its_record()
    {
        var digest = new PartnerDigest(
            new NurtureDedupeKey(Drafts.DigestId, null, "2026-11-23/x"),
            Candidates.Partner,
            "Your accounts",
            "Intro",
            new[]
            {
                new DigestEntry(Candidates.AcmeId, "Acme Ltd", new[] { "Quiet clients: No touchpoint for 143 days", "Pigeonholed clients: Bought only Tax", "Note: no partner" }),
                new DigestEntry(new Guid("bbbbbbbb-0000-0000-0000-000000000009"), "Zeta", new[] { "Quiet clients: No touchpoint for 200 days" }),
            },
            sendEmail: false);

        var html = PartnerDigestHtmlRenderer.Render(digest, "https://contoso.crm.dynamics.com/");
        var text = PartnerDigestHtmlRenderer.RenderText(digest, "https://contoso.crm.dynamics.com/");

        // Groups by rule name, alphabetically: Pigeonholed clients (1) before Quiet clients (2); Acme in both, with its note.
        Assert.True(html.IndexOf("Pigeonholed clients (1)", StringComparison.Ordinal) < html.IndexOf("Quiet clients (2)", StringComparison.Ordinal));
        Assert.Contains("<a href=\"https://contoso.crm.dynamics.com/main.aspx?pagetype=entityrecord&amp;etn=account&amp;id=bbbbbbbb-0000-0000-0000-000000000001\"", html, StringComparison.Ordinal);
        Assert.Equal(2, html.Split("bbbbbbbb-0000-0000-0000-000000000001").Length - 1);
        Assert.Equal(2, html.Split("Note: no partner").Length - 1);
        Assert.DoesNotContain("<style", html, StringComparison.Ordinal);
        Assert.Contains("style=\"", html, StringComparison.Ordinal);
        Assert.Equal(
            "Your accounts\nIntro\n\nPigeonholed clients (1)\n- Acme Ltd — Bought only Tax — Note: no partner\n  https://contoso.crm.dynamics.com/main.aspx?pagetype=entityrecord&etn=account&id=bbbbbbbb-0000-0000-0000-000000000001\n"
            + "\nQuiet clients (2)\n- Acme Ltd — No touchpoint for 143 days — Note: no partner\n  https://contoso.crm.dynamics.com/main.aspx?pagetype=entityrecord&etn=account&id=bbbbbbbb-0000-0000-0000-000000000001\n"
            + "- Zeta — No touchpoint for 200 days\n  https://contoso.crm.dynamics.com/main.aspx?pagetype=entityrecord&etn=account&id=bbbbbbbb-0000-0000-0000-000000000009\n",
            text);
    }

    [Fact]
    public void Without_an_organization_url_account_names_are_shown_but_not_linked()
    {
        var html = PartnerDigestHtmlRenderer.Render(Digest("Acme Ltd", "Quiet: No touchpoint for 143 days", "Intro"));

        Assert.Contains("<strong>Acme Ltd</strong>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<a ", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Account_names_and_reasons_are_html_escaped()
    {
        var html = PartnerDigestHtmlRenderer.Render(Digest("<script>alert('x')</script>", "R&D \"special\"", ""));

        Assert.Contains("<strong>&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;</strong>", html, StringComparison.Ordinal);
        Assert.Contains("R&amp;D &quot;special&quot;</span>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>", html, StringComparison.Ordinal);
    }

    private static PartnerDigest Digest(string accountName, string reason, string intro) => new(
        new NurtureDedupeKey(Drafts.DigestId, null, "2026-11-23/x"),
        Candidates.Partner,
        "Your accounts",
        intro,
        new[] { new DigestEntry(Candidates.AcmeId, accountName, new[] { reason }) },
        sendEmail: false);
}
