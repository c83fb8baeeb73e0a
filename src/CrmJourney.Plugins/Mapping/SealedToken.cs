using System;
using System.Globalization;
using System.Linq;
using System.Security.Cryptography;
using System.Text;

namespace CrmJourney.Plugins.Mapping;

/// <summary>
/// The envelope of the product's continuation tokens: <c>prefix.</c> + base64url(payload) + <c>.</c> + the first 16
/// bytes of SHA-256 over a per-kind domain string and the payload, in hex. The checksum catches edits and truncation,
/// the prefix tokens of another kind or version. Not a secret: the payload is nothing a caller could not read anyway.
/// </summary>
internal static class SealedToken
{
    /// <summary>Seals <paramref name="payload"/> under <paramref name="prefix"/>.</summary>
    public static string Seal(string prefix, string domain, string payload)
    {
        var body = ToBase64Url(Encoding.UTF8.GetBytes(payload));
        return prefix + "." + body + "." + Checksum(domain, body);
    }

    /// <summary>The payload of <paramref name="token"/>, or null with <paramref name="why"/> saying what is wrong with it.</summary>
    public static string? Open(string? token, string prefix, string domain, string kind, out string why)
    {
        var parts = (token ?? string.Empty).Trim().Split('.');
        if (parts.Length != 3 || parts[0] != prefix)
        {
            why = "it is not a " + kind + " token of this version";
            return null;
        }

        if (!string.Equals(parts[2], Checksum(domain, parts[1]), StringComparison.Ordinal))
        {
            why = "its checksum does not match its content, so it was changed or cut short";
            return null;
        }

        try
        {
            why = string.Empty;
            return Encoding.UTF8.GetString(FromBase64Url(parts[1]));
        }
        catch (FormatException)
        {
            why = "its content cannot be read";
            return null;
        }
    }

    private static string Checksum(string domain, string body)
    {
        using var sha = SHA256.Create();
        var hash = sha.ComputeHash(Encoding.UTF8.GetBytes(domain + body));
        return string.Concat(hash.Take(16).Select(b => b.ToString("x2", CultureInfo.InvariantCulture)));
    }

    private static string ToBase64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    private static byte[] FromBase64Url(string text)
    {
        var base64 = text.Replace('-', '+').Replace('_', '/');
        return Convert.FromBase64String(base64 + new string('=', (4 - (base64.Length % 4)) % 4));
    }
}
