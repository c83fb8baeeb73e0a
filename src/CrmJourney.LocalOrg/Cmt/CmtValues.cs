using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using CrmJourney.LocalOrg.Metadata;
using CrmJourney.LocalOrg.Storage;

namespace CrmJourney.LocalOrg.Cmt;

/// <summary>
/// One field's value between its data.xml text and its stored form. Parsing returns null and the stored
/// value, or the problem as a clause to put after the file, record and field; lookups are parsed elsewhere
/// (they carry the table in a second attribute).
/// </summary>
internal static class CmtValues
{
    /// <summary>The -1 the Configuration Migration tool writes around a multi-select's values.</summary>
    private const int MultiSelectBracket = -1;

    private const NumberStyles IntegerStyle = NumberStyles.AllowLeadingSign;
    private const NumberStyles DecimalStyle = NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint;

    private static readonly string[] _zonedFormats =
    {
        "yyyy-MM-dd'T'HH:mm:ss.FFFFFFF'Z'", "yyyy-MM-dd'T'HH:mm:ss'Z'", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFzzz", "yyyy-MM-dd'T'HH:mm:sszzz",
    };

    private static readonly string[] _unzonedFormats = { "yyyy-MM-dd'T'HH:mm:ss.FFFFFFF", "yyyy-MM-dd'T'HH:mm:ss", "yyyy-MM-dd" };

    private static readonly object _true = true;
    private static readonly object _false = false;

    /// <summary>Parses a non-lookup value into the column's stored form.</summary>
    public static string? TryParse(ColumnDefinition column, string text, out object? value)
    {
        value = null;
        switch (column.Type)
        {
            case ColumnType.String:
            case ColumnType.Memo:
                value = text;
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

                return $"'{text}' is not a decimal number — write it with a dot and no thousands separator, e.g. 1234.5000000000";
            case ColumnType.Double:
                if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var real) && double.IsFinite(real))
                {
                    value = real;
                    return null;
                }

                return $"'{text}' is not a number — write it with a dot, e.g. 1.125";
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

                return NotAGuid(text);
            case ColumnType.Choice:
            case ColumnType.State:
            case ColumnType.Status:
                if (int.TryParse(text, IntegerStyle, CultureInfo.InvariantCulture, out var option))
                {
                    value = option;
                    return null;
                }

                return $"'{text}' is not a choice value — write the option's number, e.g. 573100000";
            case ColumnType.MultiChoice:
                return ParseMultiChoice(text, out value);
            default:
                return $"{column.LogicalName} is a {column.Type} column, which this reader does not carry";
        }
    }

    /// <summary>The sentence end for an id that is not a Guid.</summary>
    public static string NotAGuid(string text) => $"'{text}' is not a Guid — write it as 5d2b6c1e-0a4f-4c3e-9b7d-2f1a8e6c4b30";

    /// <summary>The data.xml text of a stored value (lookups are written by the exporter with their table).</summary>
    public static string Format(ColumnDefinition column, object stored) => column.Type switch
    {
        ColumnType.String or ColumnType.Memo => (string)stored,
        ColumnType.Integer or ColumnType.Choice or ColumnType.State or ColumnType.Status => ((int)stored).ToString(CultureInfo.InvariantCulture),
        ColumnType.Decimal or ColumnType.Money => ((decimal)stored).ToString(CultureInfo.InvariantCulture),
        ColumnType.Double => ((double)stored).ToString("R", CultureInfo.InvariantCulture),
        ColumnType.Boolean => (bool)stored ? bool.TrueString : bool.FalseString,
        ColumnType.DateTime => ((DateTime)stored).ToString(column.DateOnly ? CmtFormat.DateOnlyFormat : CmtFormat.DateTimeFormat, CultureInfo.InvariantCulture),
        ColumnType.UniqueIdentifier => ((Guid)stored).ToString("D", CultureInfo.InvariantCulture),
        ColumnType.MultiChoice => FormatMultiChoice((int[])stored),
        ColumnType.Lookup => ((StoredReference)stored).Id.ToString("D", CultureInfo.InvariantCulture),
        _ => throw new NotSupportedException($"The column type {column.Type} has no Configuration Migration form."),
    };

    private static string FormatMultiChoice(IEnumerable<int> options) =>
        "[" + string.Join(',', new[] { MultiSelectBracket }.Concat(options).Append(MultiSelectBracket).Select(item => item.ToString(CultureInfo.InvariantCulture))) + "]";

    private static string? ParseBoolean(string text, out object? value)
    {
        value = text.Trim() switch
        {
            var t when t.Equals(bool.TrueString, StringComparison.OrdinalIgnoreCase) || t == "1" => _true,
            var t when t.Equals(bool.FalseString, StringComparison.OrdinalIgnoreCase) || t == "0" => _false,
            _ => null,
        };
        return value == null ? $"'{text}' is not a yes/no value — write True or False" : null;
    }

    private static string? ParseDateTime(ColumnDefinition column, string text, out object? value)
    {
        value = null;
        DateTime utc;
        if (DateTimeOffset.TryParseExact(text, _zonedFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var moment))
        {
            utc = moment.UtcDateTime;
        }
        else if (DateTime.TryParseExact(text, _unzonedFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var wallClock))
        {
            // Date-only and time-zone independent columns are exported without a zone: the value is the date (and time) as entered.
            utc = DateTime.SpecifyKind(wallClock, DateTimeKind.Utc);
        }
        else
        {
            return $"'{text}' is not a date — write it as 2026-03-11T10:30:00.0000000Z (or 2026-04-01T00:00:00.0000000 for a date only)";
        }

        // Dataverse keeps times to the second and date-only columns to the day.
        value = column.DateOnly
            ? DateTime.SpecifyKind(utc.Date, DateTimeKind.Utc)
            : new DateTime(utc.Ticks - (utc.Ticks % TimeSpan.TicksPerSecond), DateTimeKind.Utc);
        return null;
    }

    private static string? ParseMultiChoice(string text, out object? value)
    {
        value = null;
        var inner = text.Trim();
        if (inner.StartsWith('[') && inner.EndsWith(']'))
        {
            inner = inner[1..^1];
        }

        var options = new List<int>();
        foreach (var item in inner.Split(new[] { ',', ';' }, StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            if (!int.TryParse(item, IntegerStyle, CultureInfo.InvariantCulture, out var option))
            {
                return $"'{item}' in '{text}' is not a choice value — write the options as [-1,573100000,573100002,-1]";
            }

            if (option != MultiSelectBracket)
            {
                options.Add(option);
            }
        }

        // Stored as RowCodec stores it: distinct and ascending, so equal selections compare equal.
        value = options.Distinct().Order().ToArray();
        return null;
    }
}
