using System;

namespace CrmJourney.Plugins.Mapping;

/// <summary>
/// The user-facing sentence of an argument exception the domain throws when a row breaks one of its
/// invariants: .NET appends " (Parameter 'x')" and the actual value on new lines, which the user does
/// not need.
/// </summary>
public static class DomainRefusal
{
    /// <summary>The message of <paramref name="refusal"/> without the parameter note.</summary>
    public static string Sentence(ArgumentException refusal)
    {
        var message = refusal.Message;
        var cut = message.IndexOf(" (Parameter", StringComparison.Ordinal);
        if (cut < 0)
        {
            cut = message.IndexOf('\n');
        }

        return (cut < 0 ? message : message.Substring(0, cut)).TrimEnd();
    }
}
