using System;
using CrmJourney.Domain.Rules;
using CrmJourney.Domain.Rules.Evaluators;

namespace CrmJourney.Domain.Tests.Rules.Evaluators;

public sealed class PartnerDigestHtmlRendererTests
{
    [Fact]
    public void The_digest_renders_as_a_heading_an_intro_and_one_item_per_account()
    {
        var html = PartnerDigestHtmlRenderer.Render(Digest("Acme Ltd", "Quiet: No touchpoint for 143 days", "Intro"));

        Assert.Equal(
            "<h2>Your accounts</h2>\n<p>Intro</p>\n<ul>\n<li><strong>Acme Ltd</strong><ul><li>Quiet: No touchpoint for 143 days</li></ul></li>\n</ul>\n",
            html);
    }

    [Fact]
    public void Account_names_and_reasons_are_html_escaped()
    {
        var html = PartnerDigestHtmlRenderer.Render(Digest("<script>alert('x')</script>", "R&D \"special\"", ""));

        Assert.Contains("<strong>&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;</strong>", html, StringComparison.Ordinal);
        Assert.Contains("<li>R&amp;D &quot;special&quot;</li>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<p>", html, StringComparison.Ordinal);
    }

    private static PartnerDigest Digest(string accountName, string reason, string intro) => new(
        new NurtureDedupeKey(Drafts.DigestId, null, "2026-11-23/x"),
        Candidates.Partner,
        "Your accounts",
        intro,
        new[] { new DigestEntry(Candidates.AcmeId, accountName, new[] { reason }) },
        sendEmail: false);
}
