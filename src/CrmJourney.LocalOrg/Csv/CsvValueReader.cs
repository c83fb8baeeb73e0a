using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using CrmJourney.LocalOrg.Metadata;
using CrmJourney.LocalOrg.Storage;

namespace CrmJourney.LocalOrg.Csv;

/// <summary>
/// Turns one CSV field into the stored value of its column, or into a sentence saying what is wrong and
/// how to write it instead. Applies the same rules a write through the organization service would
/// (type, maximum length, allowed choice values, UTC to the second, date-only drops the time).
/// </summary>
/// <remarks>
/// A lookup with several targets written as a bare Guid comes back with <see cref="UnresolvedTable"/>
/// as its table: which table holds the id is known only once every file has been read.
/// </remarks>
internal static class CsvValueReader
{
    /// <summary>Table name of a polymorphic lookup whose table is still to be found.</summary>
    public const string UnresolvedTable = "";

    private const string DateFix = "write dates as 2026-07-03 or 2026-07-03T14:05:00Z";
    private const NumberStyles IntegerStyle = NumberStyles.AllowLeadingSign;
    private const NumberStyles DecimalStyle = NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint;
    private const NumberStyles DoubleStyle = NumberStyles.Float;
    private const string NoZoneFormat = "yyyy-MM-dd'T'HH:mm:ss";

    private static readonly string[] _dateTimeFormats =
    {
        "yyyy-MM-dd'T'HH:mm:ss'Z'", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFF'Z'", "yyyy-MM-dd'T'HH:mm:sszzz", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFzzz",
    };

    private static readonly object _true = true;
    private static readonly object _false = false;

    /// <summary>
    /// Parses a field. Returns null and the value (null for an empty unquoted field) when valid, or the
    /// problem's message.
    /// </summary>
    public static string? TryParse(ColumnDefinition column, string table, ReadOnlySpan<char> text, bool quoted, out object? value)
    {
        value = null;
        if (text.IsEmpty && (!quoted || column.Type is not (ColumnType.String or ColumnType.Memo)))
        {
            return null;
        }

        switch (column.Type)
        {
            case ColumnType.String:
            case ColumnType.Memo:
                if (column.MaxLength is int max && text.Length > max)
                {
                    return $"the text is {text.Length} characters long but {table}.{column.LogicalName} holds at most {max} — shorten it";
                }

                value = text.ToString();
                return null;
            case ColumnType.Integer:
                if (int.TryParse(text, IntegerStyle, CultureInfo.InvariantCulture, out var number))
                {
                    value = number;
                    return null;
                }

                return $"'{text}' is not a whole number — write digits with an optional leading minus, e.g. 42";
            case ColumnType.Decimal:
            case ColumnType.Money:
                if (decimal.TryParse(text, DecimalStyle, CultureInfo.InvariantCulture, out var amount))
                {
                    value = amount;
                    return null;
                }

                return $"'{text}' is not a decimal number — write it with a dot and no thousands separator, e.g. 1234.50";
            case ColumnType.Double:
                if (double.TryParse(text, DoubleStyle, CultureInfo.InvariantCulture, out var real) && double.IsFinite(real))
                {
                    value = real;
                    return null;
                }

                return $"'{text}' is not a number — write it with a dot, e.g. 0.25";
            case ColumnType.Boolean:
                return ParseBoolean(text, out value);
            case ColumnType.DateTime:
                return ParseDateTime(column, text, out value);
            case ColumnType.UniqueIdentifier:
                if (Guid.TryParse(text, out var guid))
                {
                    value = guid;
                    return null;
                }

                return $"'{text}' is not a Guid — write it as 5d2b6c1e-0a4f-4c3e-9b7d-2f1a8e6c4b30";
            case ColumnType.Choice:
            case ColumnType.State:
            case ColumnType.Status:
                return ParseChoice(column, text, out value);
            case ColumnType.MultiChoice:
                return ParseMultiChoice(column, text, out value);
            case ColumnType.Lookup:
                return ParseLookup(column, text, out value);
            default:
                return $"{column.LogicalName} is a {column.Type} column, which the CSV format does not carry";
        }
    }

    /// <summary>The message for a choice value the column does not allow.</summary>
    public static string NotAllowed(ColumnDefinition column, int option) =>
        $"{option.ToString(CultureInfo.InvariantCulture)} is not a value of {column.LogicalName} — use one of {string.Join(", ", column.AllowedValues!.OrderBy(item => item).Select(item => item.ToString(CultureInfo.InvariantCulture)))}";

    private static string? ParseBoolean(ReadOnlySpan<char> text, out object? value)
    {
        value = null;
        if (text.Equals(bool.TrueString, StringComparison.OrdinalIgnoreCase))
        {
            value = _true;
            return null;
        }

        if (text.Equals(bool.FalseString, StringComparison.OrdinalIgnoreCase))
        {
            value = _false;
            return null;
        }

        return $"'{text}' is not a yes/no value — write true or false";
    }

    private static string? ParseDateTime(ColumnDefinition column, ReadOnlySpan<char> text, out object? value)
    {
        value = null;
        DateTime utc;
        if (DateTime.TryParseExact(text, CsvFormat.DateFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            utc = DateTime.SpecifyKind(date, DateTimeKind.Utc);
        }
        else if (DateTimeOffset.TryParseExact(text, _dateTimeFormats, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var moment))
        {
            utc = moment.UtcDateTime;
        }
        else if (DateTime.TryParseExact(text, NoZoneFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out _))
        {
            return $"'{text}' has no time zone — times are UTC: add Z, e.g. {text}Z";
        }
        else
        {
            return $"'{text}' is not a date — {DateFix}";
        }

        // Dataverse keeps times to the second and date-only columns to the day.
        value = column.DateOnly
            ? DateTime.SpecifyKind(utc.Date, DateTimeKind.Utc)
            : new DateTime(utc.Ticks - (utc.Ticks % TimeSpan.TicksPerSecond), DateTimeKind.Utc);
        return null;
    }

    private static string? ParseChoice(ColumnDefinition column, ReadOnlySpan<char> text, out object? value)
    {
        value = null;
        if (!int.TryParse(text, IntegerStyle, CultureInfo.InvariantCulture, out var option))
        {
            return $"'{text}' is not a choice value — write the option's number, e.g. 573100000";
        }

        if (column.AllowedValues != null && !column.AllowedValues.Contains(option))
        {
            return NotAllowed(column, option);
        }

        value = option;
        return null;
    }

    private static string? ParseMultiChoice(ColumnDefinition column, ReadOnlySpan<char> text, out object? value)
    {
        value = null;
        var options = new List<int>();
        foreach (var range in text.Split(CsvFormat.MultiChoiceSeparator))
        {
            var item = text[range].Trim();
            if (!int.TryParse(item, IntegerStyle, CultureInfo.InvariantCulture, out var option))
            {
                return $"'{item}' in '{text}' is not a choice value — write option numbers joined by ';', e.g. 573100000;573100002";
            }

            if (column.AllowedValues != null && !column.AllowedValues.Contains(option))
            {
                return NotAllowed(column, option);
            }

            options.Add(option);
        }

        // Stored as RowCodec stores it: distinct and ascending, so equal selections compare equal.
        value = options.Distinct().Order().ToArray();
        return null;
    }

    private static string? ParseLookup(ColumnDefinition column, ReadOnlySpan<char> text, out object? value)
    {
        value = null;
        var separator = text.IndexOf(CsvFormat.LookupTableSeparator);
        var table = separator < 0 ? null : text[..separator].ToString();
        var idText = separator < 0 ? text : text[(separator + 1)..];
        if (!Guid.TryParse(idText, out var id))
        {
            var example = column.Targets.Count == 1 ? "5d2b6c1e-0a4f-4c3e-9b7d-2f1a8e6c4b30" : $"{column.Targets[0]}:5d2b6c1e-0a4f-4c3e-9b7d-2f1a8e6c4b30";
            return $"'{text}' is not a reference — write the row's id, e.g. {example}";
        }

        if (table != null && !column.Targets.Contains(table, StringComparer.Ordinal))
        {
            return $"{column.LogicalName} cannot point to a {table} — it points to {string.Join(" or ", column.Targets)}";
        }

        value = new StoredReference(table ?? (column.Targets.Count == 1 ? column.Targets[0] : UnresolvedTable), id);
        return null;
    }
}
