using System;
using System.Globalization;
using System.ServiceModel;
using Microsoft.Xrm.Sdk;

namespace CrmJourney.LocalOrg.Fetch;

/// <summary>
/// Converts the text of a FetchXML condition value into the typed value a QueryExpression condition
/// carries (see <see cref="FetchValueKind"/> for the type of each kind). Text is read with the
/// invariant culture whatever the machine's culture, so "1.5" is one and a half everywhere. Dates
/// are ISO-8601; a date without an offset is taken as UTC (LocalOrg has no user time zone).
/// Booleans are 0, 1, true or false; GUIDs may come with or without braces.
/// </summary>
public static class FetchXmlValueParser
{
    private static readonly string[] _dateFormats =
    [
        "yyyy-MM-dd",
        "yyyy-MM-ddTHH:mm",
        "yyyy-MM-ddTHH:mmK",
        "yyyy-MM-ddTHH:mm:ss",
        "yyyy-MM-ddTHH:mm:ssK",
        "yyyy-MM-ddTHH:mm:ss.FFFFFFF",
        "yyyy-MM-ddTHH:mm:ss.FFFFFFFK",
        "yyyy-MM-dd HH:mm",
        "yyyy-MM-dd HH:mm:ss",
        "yyyy-MM-dd HH:mm:ss.FFFFFFF",
    ];

    /// <summary>
    /// The typed value of <paramref name="text"/> for a column of <paramref name="kind"/>; text that
    /// does not fit the kind throws a QueryBuilderInvalid_Value fault naming the value and the column
    /// (e.g. "'abc' is not a whole number for account.cjp_touchpointcount.").
    /// </summary>
    public static object Parse(string text, FetchValueKind kind, string table, string column)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (TryParse(text, kind, out var value))
        {
            return value;
        }

        throw InvalidValue(text, Describe(kind), table, column);
    }

    /// <summary>
    /// The whole number of an x-days / x-months style condition (e.g. olderthan-x-days value="180"),
    /// which is a count whatever the column's kind; it must be zero or more.
    /// </summary>
    public static int ParseCount(string text, string table, string column)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (int.TryParse(text.Trim(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var count) && count >= 0)
        {
            return count;
        }

        throw InvalidValue(text, "a whole number of zero or more", table, column);
    }

    /// <summary>The typed value of <paramref name="text"/> for <paramref name="kind"/>; false (and a null value) when the text does not fit.</summary>
    public static bool TryParse(string text, FetchValueKind kind, out object value)
    {
        ArgumentNullException.ThrowIfNull(text);
        value = null!;
        var trimmed = text.Trim();
        switch (kind)
        {
            case FetchValueKind.String:
                value = text;
                return true;
            case FetchValueKind.Integer:
            case FetchValueKind.Choice:
            case FetchValueKind.MultiChoice:
                return Box(int.TryParse(trimmed, NumberStyles.Integer, CultureInfo.InvariantCulture, out var whole), whole, out value);
            case FetchValueKind.Decimal:
            case FetchValueKind.Money:
                return Box(decimal.TryParse(trimmed, NumberStyles.Number | NumberStyles.AllowExponent, CultureInfo.InvariantCulture, out var amount), amount, out value);
            case FetchValueKind.Double:
                return Box(double.TryParse(trimmed, NumberStyles.Float, CultureInfo.InvariantCulture, out var real) && double.IsFinite(real), real, out value);
            case FetchValueKind.Boolean:
                return Box(TryParseBoolean(trimmed, out var flag), flag, out value);
            case FetchValueKind.DateTime:
                return Box(TryParseDate(trimmed, out var moment), moment, out value);
            case FetchValueKind.Guid:
            case FetchValueKind.Lookup:
                return Box(System.Guid.TryParse(trimmed, out var id), id, out value);
            default:
                return false;
        }
    }

    /// <summary>FetchXML's booleans: 1 / 0 and true / false (any case), as Dataverse's ParseFetchBool accepts.</summary>
    internal static bool TryParseBoolean(string text, out bool value)
    {
        switch (text.Trim().ToLowerInvariant())
        {
            case "1":
            case "true":
                value = true;
                return true;
            case "0":
            case "false":
                value = false;
                return true;
            default:
                value = false;
                return false;
        }
    }

    private static bool TryParseDate(string text, out DateTime value) =>
        DateTime.TryParseExact(
            text,
            _dateFormats,
            CultureInfo.InvariantCulture,
            DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal,
            out value);

    private static bool Box<T>(bool parsed, T parsedValue, out object value)
        where T : notnull
    {
        value = parsed ? parsedValue : null!;
        return parsed;
    }

    private static string Describe(FetchValueKind kind) => kind switch
    {
        FetchValueKind.Integer => "a whole number",
        FetchValueKind.Choice or FetchValueKind.MultiChoice => "a choice value (a whole number such as 573100000)",
        FetchValueKind.Decimal => "a decimal number (invariant culture, e.g. 1250.50)",
        FetchValueKind.Money => "a currency amount (invariant culture, e.g. 1250.50)",
        FetchValueKind.Double => "a floating point number (invariant culture, e.g. 0.75)",
        FetchValueKind.Boolean => "a yes/no value (0, 1, true or false)",
        FetchValueKind.DateTime => "an ISO-8601 date or date and time (e.g. 2026-07-03 or 2026-07-03T14:30:00Z)",
        FetchValueKind.Guid or FetchValueKind.Lookup => "a GUID (with or without braces)",
        _ => "a " + kind + " value",
    };

    private static FaultException<OrganizationServiceFault> InvalidValue(string text, string expected, string table, string column) =>
        FetchFaults.Create(
            FetchErrorCodes.QueryBuilderInvalidValue,
            string.Format(CultureInfo.InvariantCulture, "'{0}' is not {1} for {2}.{3}.", text, expected, table, column));
}
