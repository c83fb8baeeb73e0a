using System.Globalization;
using System.Threading;
using CrmJourney.Domain.Rules.Evaluators;

namespace CrmJourney.Domain.Tests.Rules.Evaluators;

public sealed class PlaceholderRenderingTests
{
    [Theory]
    [InlineData("{account.name}", "Acme Ltd")]
    [InlineData("{stage}", "Between engagements")]
    [InlineData("{tier}", "Tier 1")]
    [InlineData("{days.since.touchpoint}", "143")]
    [InlineData("{lasttouchpoint.date}", "2026-07-03")]
    [InlineData("{lasttouchpoint.channel}", "meeting")]
    [InlineData("{engagements.completed}", "4")]
    [InlineData("{servicelines.used}", "Tax advisory")]
    [InlineData("{servicelines.other}", "Audit, Transaction services")]
    [InlineData("{partner.name}", "Paula Partner")]
    [InlineData("{revisit.date}", "n/a")]
    [InlineData("{former.reason}", "n/a")]
    [InlineData("{rule.name}", "Quiet clients")]
    [InlineData("{reason}", "No touchpoint for 143 days; last: meeting on 2026-07-03")]
    [InlineData("{due.date}", "2026-11-30")]
    [InlineData("{{literal}} {account.name}", "{literal} Acme Ltd")]
    public void Each_account_placeholder_renders_the_candidates_value(string template, string expected)
    {
        var rule = Build.Rule(Drafts.Quiet() with { Description = template });

        Assert.Equal(expected, new QuietEvaluator().Evaluate(rule, Candidates.Acme(), Build.Context()).Action!.Description);
    }

    [Fact]
    public void The_referral_placeholders_render_the_referrer_and_the_referred()
    {
        var rule = Build.Rule(Drafts.Referral() with { Description = "{referrer.name} -> {referred.name}" });
        var referral = new ReferralEvent(System.Guid.Parse("ffffffff-0000-0000-0000-000000000009"), Candidates.Acme(), "Globex Ltd", Build.Utc(2026, 11, 20));

        Assert.Equal("Acme Ltd -> Globex Ltd", ReferralThanksEvaluator.Evaluate(rule, referral, Build.Context()).Action!.Description);
    }

    [Fact]
    public void Former_reason_and_revisit_date_render_when_present()
    {
        var rule = Build.Rule(Drafts.Advocate() with { Description = "{former.reason} / {revisit.date}" });
        var candidate = Candidates.Advocate() with { FormerReason = "Contact retired", RevisitOn = Build.Utc(2027, 1, 15) };

        Assert.Equal("Contact retired / 2027-01-15", new AdvocateCheckInEvaluator().Evaluate(rule, candidate, Build.Context()).Action!.Description);
    }

    [Theory]
    [InlineData("ro-RO")]
    [InlineData("fr-FR")]
    public void A_whole_task_text_is_the_same_under_any_current_culture(string culture)
    {
        var rule = Build.Rule(Drafts.Quiet() with { Description = "{reason} | {days.since.touchpoint} | {due.date} | {servicelines.other}" });
        var before = Thread.CurrentThread.CurrentCulture;
        try
        {
            Thread.CurrentThread.CurrentCulture = new CultureInfo(culture);

            var description = new QuietEvaluator().Evaluate(rule, Candidates.Acme(), Build.Context()).Action!.Description;

            Assert.Equal("No touchpoint for 143 days; last: meeting on 2026-07-03 | 143 | 2026-11-30 | Audit, Transaction services", description);
        }
        finally
        {
            Thread.CurrentThread.CurrentCulture = before;
        }
    }
}
