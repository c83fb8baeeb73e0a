using System.Text;
using System.Text.RegularExpressions;

namespace CrmJourney.LocalOrg.Querying;

/// <summary>
/// SQL LIKE as Dataverse evaluates it: % any run of characters, _ one character, [..] a character
/// class, case-insensitive. Compiled once per condition.
/// </summary>
internal static class LikePattern
{
    public static Regex Compile(string pattern)
    {
        var regex = new StringBuilder("^");
        for (var index = 0; index < pattern.Length; index++)
        {
            var character = pattern[index];
            switch (character)
            {
                case '%':
                    regex.Append(".*");
                    break;
                case '_':
                    regex.Append('.');
                    break;
                case '[':
                    var close = pattern.IndexOf(']', index + 1);
                    if (close > index)
                    {
                        regex.Append('[').Append(pattern, index + 1, close - index - 1).Append(']');
                        index = close;
                    }
                    else
                    {
                        regex.Append(@"\[");
                    }

                    break;
                default:
                    regex.Append(Regex.Escape(character.ToString()));
                    break;
            }
        }

        regex.Append('$');
        return new Regex(regex.ToString(), RegexOptions.IgnoreCase | RegexOptions.Singleline | RegexOptions.CultureInvariant);
    }

    /// <summary>Escapes the wildcards of a literal so BeginsWith/EndsWith/Contains match it as text.</summary>
    public static string Escape(string literal) =>
        literal.Replace("[", "[[]").Replace("%", "[%]").Replace("_", "[_]");
}
