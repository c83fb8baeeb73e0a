using System;
using System.Text;

namespace CrmJourney.Domain.Rules.Evaluators;

/// <summary>
/// Renders a <see cref="PartnerDigest"/> as a small self-contained HTML fragment for the email body.
/// Every piece of text from the model (account names, reasons, subject, intro) is HTML-escaped
/// (&amp; &lt; &gt; " '), so an account called "&lt;script&gt;" shows as text. Output is the same on
/// every framework and culture.
/// </summary>
public static class PartnerDigestHtmlRenderer
{
    /// <summary>The digest as HTML: a heading, the intro paragraph (when not empty) and one list item per account.</summary>
    public static string Render(PartnerDigest digest)
    {
        if (digest is null)
        {
            throw new ArgumentNullException(nameof(digest));
        }

        var html = new StringBuilder();
        html.Append("<h2>").Append(Escape(digest.Subject)).Append("</h2>\n");
        if (digest.Intro.Trim().Length > 0)
        {
            html.Append("<p>").Append(Escape(digest.Intro)).Append("</p>\n");
        }

        html.Append("<ul>\n");
        foreach (var entry in digest.Entries)
        {
            html.Append("<li><strong>").Append(Escape(entry.AccountName)).Append("</strong><ul>");
            foreach (var reason in entry.Reasons)
            {
                html.Append("<li>").Append(Escape(reason)).Append("</li>");
            }

            html.Append("</ul></li>\n");
        }

        html.Append("</ul>\n");
        return html.ToString();
    }

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
}
