using System;
using System.Collections.Generic;

namespace CrmJourney.Domain.Rules.Evaluators;

/// <summary>
/// One digest for one recipient: a plain model (subject, intro, entries) that
/// <see cref="PartnerDigestHtmlRenderer"/> turns into escaped HTML and the plugin into an email (sent
/// when <see cref="SendEmail"/>, otherwise left as a draft). Logged under <see cref="Key"/> (no account;
/// the window carries the recipient).
/// </summary>
public sealed record PartnerDigest
{
    /// <summary>Creates a digest; it lists at least one account.</summary>
    public PartnerDigest(NurtureDedupeKey key, PrincipalRef recipient, string subject, string intro, IReadOnlyList<DigestEntry> entries, bool sendEmail)
    {
        if (entries is null || entries.Count == 0)
        {
            throw new ArgumentException("A digest lists at least one account.", nameof(entries));
        }

        Key = key ?? throw new ArgumentNullException(nameof(key));
        Recipient = recipient ?? throw new ArgumentNullException(nameof(recipient));
        Subject = subject ?? throw new ArgumentNullException(nameof(subject));
        Intro = intro ?? string.Empty;
        Entries = entries;
        SendEmail = sendEmail;
    }

    /// <summary>The digest's dedupe key.</summary>
    public NurtureDedupeKey Key { get; }

    /// <summary>Who receives it.</summary>
    public PrincipalRef Recipient { get; }

    /// <summary>The rendered subject (plain text).</summary>
    public string Subject { get; }

    /// <summary>The rendered description: an intro paragraph (plain text, may be empty).</summary>
    public string Intro { get; }

    /// <summary>The accounts, ordered by name then id.</summary>
    public IReadOnlyList<DigestEntry> Entries { get; }

    /// <summary>Send the email (true) or leave it as a draft.</summary>
    public bool SendEmail { get; }
}
