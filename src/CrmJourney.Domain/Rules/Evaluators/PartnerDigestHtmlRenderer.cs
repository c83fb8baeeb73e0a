using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;

namespace CrmJourney.Domain.Rules.Evaluators;

/// <summary>
/// Renders a <see cref="PartnerDigest"/> as an email body people act on: HTML built from tables with
/// inline styles only (Outlook's Word engine ignores style sheets, flexbox and most CSS), grouped by
/// reason — the rule that flagged the account, e.g. "Quiet clients (3)" — each account a link to its
/// record in the organization when the organization's URL is known, plus a plain-text alternative
/// with the same content. Every piece of text from the model (account names, reasons, subject, intro)
/// is HTML-escaped (&amp; &lt; &gt; " '), so an account called "&lt;script&gt;" shows as text. Output
/// is the same on every framework and culture.
/// </summary>
/// <remarks>
/// A reason line "Rule name: reason" files the account under the rule; an account flagged by two rules
/// appears under both. A "Note: …" line (the assignee fallback) is shown under every group the account
/// is in. The record link is <c>{url}/main.aspx?pagetype=entityrecord&amp;etn=account&amp;id={id}</c>.
/// </remarks>
public static class PartnerDigestHtmlRenderer
{
    private const string NotePrefix = "Note: ";
    private const string Font = "font-family:'Segoe UI',Arial,sans-serif;";

    /// <summary>The digest as HTML; accounts are links when <paramref name="organizationUrl"/> is given (e.g. https://contoso.crm.dynamics.com).</summary>
    public static string Render(PartnerDigest digest, string? organizationUrl = null)
    {
        if (digest is null)
        {
            throw new ArgumentNullException(nameof(digest));
        }

        var html = new StringBuilder();
        html.Append("<table role=\"presentation\" width=\"100%\" cellpadding=\"0\" cellspacing=\"0\" border=\"0\" style=\"").Append(Font).Append("font-size:14px;color:#1f2933;\">\n");
        html.Append("<tr><td style=\"padding:12px 0 4px;font-size:20px;font-weight:bold;color:#1d3557;\">").Append(Escape(digest.Subject)).Append("</td></tr>\n");
        if (digest.Intro.Trim().Length > 0)
        {
            html.Append("<tr><td style=\"padding:0 0 8px;color:#5f6b7a;\">").Append(Escape(digest.Intro)).Append("</td></tr>\n");
        }

        foreach (var group in Groups(digest))
        {
            html.Append("<tr><td style=\"padding:14px 0 4px;font-size:16px;font-weight:bold;border-bottom:2px solid #2f6db5;\">")
                .Append(Escape(group.Reason)).Append(" (").Append(group.Items.Count.ToString(System.Globalization.CultureInfo.InvariantCulture)).Append(")</td></tr>\n");
            html.Append("<tr><td><table role=\"presentation\" width=\"100%\" cellpadding=\"6\" cellspacing=\"0\" border=\"0\" style=\"").Append(Font).Append("font-size:14px;\">\n");
            foreach (var item in group.Items)
            {
                var url = RecordUrl(organizationUrl, item.Entry.AccountId);
                html.Append("<tr><td style=\"border-bottom:1px solid #d9dee5;\">");
                html.Append(url is null
                    ? "<strong>" + Escape(item.Entry.AccountName) + "</strong>"
                    : "<a href=\"" + Escape(url) + "\" style=\"color:#2f6db5;font-weight:bold;text-decoration:underline;\">" + Escape(item.Entry.AccountName) + "</a>");
                foreach (var detail in item.Details)
                {
                    html.Append("<br><span style=\"color:#5f6b7a;\">").Append(Escape(detail)).Append("</span>");
                }

                html.Append("</td></tr>\n");
            }

            html.Append("</table></td></tr>\n");
        }

        html.Append("</table>\n");
        return html.ToString();
    }

    /// <summary>The same digest as plain text (the email's text alternative): each account with its reason and, when known, its record's address.</summary>
    public static string RenderText(PartnerDigest digest, string? organizationUrl = null)
    {
        if (digest is null)
        {
            throw new ArgumentNullException(nameof(digest));
        }

        var text = new StringBuilder(digest.Subject).Append('\n');
        if (digest.Intro.Trim().Length > 0)
        {
            text.Append(digest.Intro).Append('\n');
        }

        foreach (var group in Groups(digest))
        {
            text.Append('\n').Append(group.Reason).Append(" (").Append(group.Items.Count.ToString(System.Globalization.CultureInfo.InvariantCulture)).Append(")\n");
            foreach (var item in group.Items)
            {
                text.Append("- ").Append(item.Entry.AccountName);
                foreach (var detail in item.Details)
                {
                    text.Append(" — ").Append(detail);
                }

                text.Append('\n');
                if (RecordUrl(organizationUrl, item.Entry.AccountId) is { } url)
                {
                    text.Append("  ").Append(url).Append('\n');
                }
            }
        }

        return text.ToString();
    }

    /// <summary>The address of an account's record: <c>{url}/main.aspx?pagetype=entityrecord&amp;etn=account&amp;id={id}</c>; null without a URL.</summary>
    public static string? RecordUrl(string? organizationUrl, Guid accountId) =>
        string.IsNullOrWhiteSpace(organizationUrl)
            ? null
            : organizationUrl!.Trim().TrimEnd('/') + "/main.aspx?pagetype=entityrecord&etn=account&id=" + accountId.ToString("D");

    /// <summary>Escapes &amp;, &lt;, &gt;, " and ' for HTML text and attribute values.</summary>
    public static string Escape(string text)
    {
        var result = new StringBuilder((text ?? throw new ArgumentNullException(nameof(text))).Length);
        foreach (var c in text)
        {
            result.Append(c switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                '"' => "&quot;",
                '\'' => "&#39;",
                _ => c.ToString(),
            });
        }

        return result.ToString();
    }

    private static List<DigestGroup> Groups(PartnerDigest digest)
    {
        var groups = new SortedDictionary<string, DigestGroup>(StringComparer.OrdinalIgnoreCase);
        foreach (var entry in digest.Entries)
        {
            var notes = entry.Reasons.Where(r => r.StartsWith(NotePrefix, StringComparison.Ordinal)).ToList();
            foreach (var line in entry.Reasons.Where(r => !r.StartsWith(NotePrefix, StringComparison.Ordinal)))
            {
                var colon = line.IndexOf(": ", StringComparison.Ordinal);
                var rule = colon > 0 ? line.Substring(0, colon) : "Other";
                var reason = colon > 0 ? line.Substring(colon + 2) : line;
                if (!groups.TryGetValue(rule, out var group))
                {
                    group = new DigestGroup(rule, new List<DigestItem>());
                    groups.Add(rule, group);
                }

                group.Items.Add(new DigestItem(entry, new[] { reason }.Concat(notes).ToList()));
            }
        }

        return groups.Values.ToList();
    }

    private sealed record DigestGroup(string Reason, List<DigestItem> Items);

    private sealed record DigestItem(DigestEntry Entry, IReadOnlyList<string> Details);
}
