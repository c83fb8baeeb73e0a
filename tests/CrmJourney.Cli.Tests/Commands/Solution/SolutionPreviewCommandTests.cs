using System;
using System.Diagnostics;
using System.IO;
using System.Linq;

namespace CrmJourney.Cli.Tests.Commands.Solution;

public sealed class SolutionPreviewCommandTests
{
    private const string Chromium = "/usr/bin/chromium";

    [Fact]
    public void Preview_writes_the_site_map_and_one_page_per_shipped_form()
    {
        using var folder = new TemporaryFolder();

        var run = CliRun.In(RepositoryRoot.Path, "solution", "preview", "--out", folder.Path("preview"));

        Assert.Equal(0, run.ExitCode);
        var pages = Directory.GetFiles(folder.Path("preview"), "*.html").Select(Path.GetFileName).ToList();

        // index.html and the eleven forms: account, lead, opportunity, two per engagement and referral, and one each for the four other tables.
        Assert.Equal(12, pages.Count);
        Assert.Contains("index.html", pages);
        Assert.Contains("form-account-main-client-journey-account.html", pages);
    }

    [Fact]
    public void A_folder_without_forms_or_site_map_is_refused_in_one_sentence_and_nothing_is_written()
    {
        using var folder = new TemporaryFolder();
        Directory.CreateDirectory(folder.Path("empty/Other"));
        File.WriteAllText(folder.Path("empty/Other/Solution.xml"), "<ImportExportXml><SolutionManifest /></ImportExportXml>");

        var run = CliRun.In(folder.Root, "solution", "preview", "--out", "preview", "empty");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("holds no form", run.Error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(folder.Path("preview")));
    }

    [Fact]
    public async System.Threading.Tasks.Task The_account_form_and_site_map_open_in_headless_chromium_with_their_tabs_fields_and_grids()
    {
        Assert.True(File.Exists(Chromium), "Chromium is missing: run .ci/install-chromium.sh (CI does).");
        using var folder = new TemporaryFolder();
        Assert.Equal(0, CliRun.In(RepositoryRoot.Path, "solution", "preview", "--out", folder.Path("preview")).ExitCode);

        var (accountDom, accountErrors) = await DumpDom(folder, "form-account-main-client-journey-account.html");
        var (indexDom, indexErrors) = await DumpDom(folder, "index.html");
        var (ruleDom, _) = await DumpDom(folder, "form-cjp_nurturerule-main-nurture-rule.html");

        Assert.DoesNotContain("ERROR:CONSOLE", accountErrors + indexErrors, StringComparison.Ordinal);

        // The "Client journey" tab with the labels Entity.xml gives the columns, the counters marked read-only, and the four grids.
        Assert.Contains("<h2>Client journey</h2>", accountDom, StringComparison.Ordinal);
        Assert.Contains(">Journey stage<", accountDom, StringComparison.Ordinal);
        Assert.Contains(">In stage since<", accountDom, StringComparison.Ordinal);
        Assert.Contains(">Service lines bought<", accountDom, StringComparison.Ordinal);
        Assert.Contains("Touchpoint count<span class=\"lock\" title=\"read-only\">(read-only)</span>", accountDom, StringComparison.Ordinal);
        Assert.Contains("Relationship partner</span><span class=\"value\">cjp_relationshippartnerid", accountDom, StringComparison.Ordinal);
        Assert.Equal(4, CountOf(accountDom, "class=\"grid\""));
        Assert.Contains("Journey history <span class=\"target\">cjp_stagetransition · view Journey history", accountDom, StringComparison.Ordinal);
        Assert.Contains("<th>Transitioned on</th>", accountDom, StringComparison.Ordinal);
        Assert.Contains("Referrals given", accountDom, StringComparison.Ordinal);
        Assert.Contains("Open nurture tasks", accountDom, StringComparison.Ordinal);

        // The site map's two areas with their entries, the task entry opening on "My open nurture tasks".
        Assert.Contains("<h2>Clients</h2>", indexDom, StringComparison.Ordinal);
        Assert.Contains("<h2>Nurture</h2>", indexDom, StringComparison.Ordinal);
        Assert.Contains("My nurture tasks <span class=\"target\">task · view My open nurture tasks</span>", indexDom, StringComparison.Ordinal);
        Assert.Contains("Client journey dashboard", indexDom, StringComparison.Ordinal);
        Assert.Equal(11, CountOf(indexDom, "<a href=\"form-"));

        // The nurture rule form names its script and both handlers.
        Assert.Contains("cjp_/scripts/nurtureruleform.js: CrmJourney.NurtureRuleForm.onLoad, CrmJourney.NurtureRuleForm.onRuleTypeChange", ruleDom, StringComparison.Ordinal);
        Assert.Contains("data-section=\"rule_threshold\"", ruleDom, StringComparison.Ordinal);
    }

    private static int CountOf(string text, string part)
    {
        var count = 0;
        for (var at = text.IndexOf(part, StringComparison.Ordinal); at >= 0; at = text.IndexOf(part, at + part.Length, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }

    private static async System.Threading.Tasks.Task<(string Dom, string Errors)> DumpDom(TemporaryFolder folder, string page)
    {
        var start = new ProcessStartInfo(Chromium)
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
            ArgumentList =
            {
                "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--user-data-dir=" + folder.Path("profile-" + page), "--enable-logging=stderr", "--v=0",
                "--dump-dom", "file://" + folder.Path("preview/" + page),
            },
        };
        using var process = Process.Start(start)!;
        var errors = process.StandardError.ReadToEndAsync();
        var dom = await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (dom, await errors);
    }
}
