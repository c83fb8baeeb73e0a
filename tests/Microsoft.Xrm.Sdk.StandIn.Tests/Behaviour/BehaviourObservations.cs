using System;
using System.Collections;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;

namespace Microsoft.Xrm.Sdk.StandIn.Tests.Behaviour;

/// <summary>
/// Reads Reference/microsoft-xrm-sdk-9.2.behaviour.txt ("C# expression => what it gave") and writes a
/// result in the same notation (../shared/reference/README.md): <c>null</c>; a value as its invariant
/// ToString, strings quoted and booleans as C# literals; <c>count N</c> for a collection; <c>throws T</c>.
/// </summary>
internal static class BehaviourObservations
{
    public const string FileName = "microsoft-xrm-sdk-9.2.behaviour.txt";

    /// <summary>
    /// Observations the stand-in cannot express, each with the reason: the expression does not compile
    /// against it because it leaves the member out on purpose (src/Microsoft.Xrm.Sdk.StandIn/README.md).
    /// </summary>
    public static readonly IReadOnlyDictionary<string, string> CannotExpress = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["new Entity().EntityState"] = "Entity.EntityState is left out of the stand-in: the product never reads or sets it, and LocalOrg does not model the client-side state of a detached entity.",
    };

    /// <summary>Each line as (expression, expected result), in file order.</summary>
    public static IReadOnlyList<KeyValuePair<string, string>> Load() =>
        File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "Reference", FileName))
            .Where(line => line.Length > 0)
            .Select(Parse)
            .ToList();

    public static KeyValuePair<string, string> Parse(string line)
    {
        var arrow = line.LastIndexOf(" => ", StringComparison.Ordinal);
        if (arrow < 0)
        {
            throw new FormatException($"An observation must read 'expression => result': {line}");
        }

        return new KeyValuePair<string, string>(line.Substring(0, arrow), line.Substring(arrow + 4));
    }

    /// <summary>What <paramref name="evaluate"/> gives, in the listing's notation.</summary>
    public static string Observe(Func<object?> evaluate)
    {
        object? value;
        try
        {
            value = evaluate();
        }
        catch (Exception exception)
        {
            return "throws " + exception.GetType().FullName;
        }

        return Format(value);
    }

    public static string Format(object? value) => value switch
    {
        null => "null",
        bool flag => flag ? "true" : "false",
        string text => "\"" + text + "\"",
        IEnumerable collection => "count " + collection.Cast<object?>().Count().ToString(CultureInfo.InvariantCulture),
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "null",
    };
}
