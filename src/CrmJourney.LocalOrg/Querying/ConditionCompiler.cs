using System;
using System.Collections;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using CrmJourney.LocalOrg.Faults;
using CrmJourney.LocalOrg.Metadata;
using CrmJourney.LocalOrg.Storage;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace CrmJourney.LocalOrg.Querying;

/// <summary>
/// Turns one condition into a predicate over a joined row. Comparisons follow SQL: a null column
/// satisfies only Null (NotEqual, NotIn, NotLike and the other negations do not match nulls, as in
/// Dataverse). Relative date operators are evaluated in UTC against the organization's clock:
/// Today/Yesterday/Tomorrow by calendar day; LastXDays from midnight X days ago up to now; NextXDays
/// from now to the end of the X-th day ahead; OlderThanX… before now minus X units. Operators outside
/// that set fault with NotSupported naming them.
/// </summary>
internal static class ConditionCompiler
{
    public static Func<ResultRow, bool> Compile(ConditionExpression condition, int slot, TableStore table, int ordinal, QueryEnvironment environment)
    {
        var column = table.Columns[ordinal];
        if (condition.CompareColumns)
        {
            throw OrganizationFaults.NotSupported("column comparison conditions (CompareColumns)");
        }

        object? Read(ResultRow row) => row.Slots[slot]?.Values[ordinal];
        var values = Flatten(condition.Values);
        var op = condition.Operator;
        switch (op)
        {
            case ConditionOperator.Null:
                return row => Read(row) == null;
            case ConditionOperator.NotNull:
                return row => Read(row) != null;
            case ConditionOperator.Equal:
            case ConditionOperator.NotEqual:
            case ConditionOperator.GreaterThan:
            case ConditionOperator.GreaterEqual:
            case ConditionOperator.LessThan:
            case ConditionOperator.LessEqual:
                {
                    var value = Normalize(table, column, Single(condition, values));
                    if (column.Type == ColumnType.MultiChoice)
                    {
                        throw InvalidOperator(table, column, op);
                    }

                    return op switch
                    {
                        ConditionOperator.Equal => row => StoredValueComparer.AreEqual(Read(row), value),
                        ConditionOperator.NotEqual => row => Read(row) is { } stored && !StoredValueComparer.AreEqual(stored, value),
                        ConditionOperator.GreaterThan => row => Read(row) is { } stored && StoredValueComparer.Instance.Compare(stored, value) > 0,
                        ConditionOperator.GreaterEqual => row => Read(row) is { } stored && StoredValueComparer.Instance.Compare(stored, value) >= 0,
                        ConditionOperator.LessThan => row => Read(row) is { } stored && StoredValueComparer.Instance.Compare(stored, value) < 0,
                        _ => row => Read(row) is { } stored && StoredValueComparer.Instance.Compare(stored, value) <= 0,
                    };
                }

            case ConditionOperator.In:
            case ConditionOperator.NotIn:
                {
                    if (values.Count == 0)
                    {
                        throw OrganizationFaults.Create(ErrorCodes.QueryBuilderInvalidConditionOperator, $"Condition for attribute '{table.LogicalName}.{column.LogicalName}': operator '{op}' needs at least one value.");
                    }

                    var set = values.Select(value => Normalize(table, column, value)).ToArray();
                    if (IdSet(set) is { } ids)
                    {
                        // Set-based reads filter on a page's ids (thousands of them): a hash lookup per row, not a scan of the list.
                        return op == ConditionOperator.In
                            ? row => Read(row) is { } stored && IdOf(stored) is { } id && ids.Contains(id)
                            : row => Read(row) is { } stored && IdOf(stored) is { } id && !ids.Contains(id);
                    }

                    return op == ConditionOperator.In
                        ? row => Read(row) is { } stored && set.Any(value => StoredValueComparer.AreEqual(stored, value))
                        : row => Read(row) is { } stored && !set.Any(value => StoredValueComparer.AreEqual(stored, value));
                }

            case ConditionOperator.Between:
            case ConditionOperator.NotBetween:
                {
                    if (values.Count != 2)
                    {
                        throw OrganizationFaults.Create(ErrorCodes.QueryBuilderInvalidConditionOperator, $"Condition for attribute '{table.LogicalName}.{column.LogicalName}': operator '{op}' needs exactly two values.");
                    }

                    var low = Normalize(table, column, values[0]);
                    var high = Normalize(table, column, values[1]);
                    bool Inside(object stored) => StoredValueComparer.Instance.Compare(stored, low) >= 0 && StoredValueComparer.Instance.Compare(stored, high) <= 0;
                    return op == ConditionOperator.Between
                        ? row => Read(row) is { } stored && Inside(stored)
                        : row => Read(row) is { } stored && !Inside(stored);
                }

            case ConditionOperator.Like:
            case ConditionOperator.NotLike:
            case ConditionOperator.BeginsWith:
            case ConditionOperator.DoesNotBeginWith:
            case ConditionOperator.EndsWith:
            case ConditionOperator.DoesNotEndWith:
            case ConditionOperator.Contains:
            case ConditionOperator.DoesNotContain:
                {
                    RequireText(table, column, op);
                    var text = Convert.ToString(Single(condition, values), CultureInfo.InvariantCulture) ?? string.Empty;
                    var pattern = op switch
                    {
                        ConditionOperator.BeginsWith or ConditionOperator.DoesNotBeginWith => LikePattern.Escape(text) + "%",
                        ConditionOperator.EndsWith or ConditionOperator.DoesNotEndWith => "%" + LikePattern.Escape(text),
                        ConditionOperator.Contains or ConditionOperator.DoesNotContain => "%" + LikePattern.Escape(text) + "%",
                        _ => text,
                    };
                    var regex = LikePattern.Compile(pattern);
                    var negate = op is ConditionOperator.NotLike or ConditionOperator.DoesNotBeginWith or ConditionOperator.DoesNotEndWith or ConditionOperator.DoesNotContain;
                    return row => Read(row) is string stored && regex.IsMatch(stored) != negate;
                }

            case ConditionOperator.ContainValues:
            case ConditionOperator.DoesNotContainValues:
                {
                    if (column.Type != ColumnType.MultiChoice)
                    {
                        throw InvalidOperator(table, column, op);
                    }

                    var wanted = values.Select(value => (int)Normalize(table, column, value)).ToArray();
                    return op == ConditionOperator.ContainValues
                        ? row => Read(row) is int[] stored && wanted.Any(stored.Contains)
                        : row => Read(row) is not int[] stored || !wanted.Any(stored.Contains);
                }

            case ConditionOperator.EqualUserId:
            case ConditionOperator.NotEqualUserId:
                {
                    var user = environment.UserId;
                    return op == ConditionOperator.EqualUserId
                        ? row => StoredValueComparer.AreEqual(Read(row), user)
                        : row => Read(row) is { } stored && !StoredValueComparer.AreEqual(stored, user);
                }

            case ConditionOperator.On:
            case ConditionOperator.NotOn:
            case ConditionOperator.OnOrBefore:
            case ConditionOperator.OnOrAfter:
                {
                    RequireDate(table, column, op);
                    var day = ((DateTime)Normalize(table, column, Single(condition, values))).Date;
                    var next = day.AddDays(1);
                    return op switch
                    {
                        ConditionOperator.On => row => Read(row) is DateTime stored && stored >= day && stored < next,
                        ConditionOperator.NotOn => row => Read(row) is DateTime stored && (stored < day || stored >= next),
                        ConditionOperator.OnOrBefore => row => Read(row) is DateTime stored && stored < next,
                        _ => row => Read(row) is DateTime stored && stored >= day,
                    };
                }

            case ConditionOperator.Today:
            case ConditionOperator.Yesterday:
            case ConditionOperator.Tomorrow:
                {
                    RequireDate(table, column, op);
                    var today = environment.Now.Date;
                    var day = op == ConditionOperator.Today ? today : op == ConditionOperator.Yesterday ? today.AddDays(-1) : today.AddDays(1);
                    return DateRange(Read, day, day.AddDays(1));
                }

            case ConditionOperator.LastXDays:
            case ConditionOperator.NextXDays:
            case ConditionOperator.LastXHours:
            case ConditionOperator.NextXHours:
            case ConditionOperator.OlderThanXDays:
            case ConditionOperator.OlderThanXMonths:
            case ConditionOperator.OlderThanXYears:
            case ConditionOperator.OlderThanXWeeks:
            case ConditionOperator.OlderThanXHours:
            case ConditionOperator.OlderThanXMinutes:
                {
                    RequireDate(table, column, op);
                    var count = Convert.ToInt32(Single(condition, values), CultureInfo.InvariantCulture);
                    var now = environment.Now;
                    return op switch
                    {
                        ConditionOperator.LastXDays => DateRange(Read, now.Date.AddDays(-count), now.AddTicks(1)),
                        ConditionOperator.NextXDays => DateRange(Read, now, now.Date.AddDays(count + 1)),
                        ConditionOperator.LastXHours => DateRange(Read, now.AddHours(-count), now.AddTicks(1)),
                        ConditionOperator.NextXHours => DateRange(Read, now, now.AddHours(count).AddTicks(1)),
                        ConditionOperator.OlderThanXDays => Before(Read, now.AddDays(-count)),
                        ConditionOperator.OlderThanXMonths => Before(Read, now.AddMonths(-count)),
                        ConditionOperator.OlderThanXYears => Before(Read, now.AddYears(-count)),
                        ConditionOperator.OlderThanXWeeks => Before(Read, now.AddDays(-7 * count)),
                        ConditionOperator.OlderThanXHours => Before(Read, now.AddHours(-count)),
                        _ => Before(Read, now.AddMinutes(-count)),
                    };
                }

            default:
                throw OrganizationFaults.NotSupported($"the condition operator '{op}'");
        }
    }

    /// <summary>The stored form of a condition value for this column, accepting the SDK and plain forms callers use.</summary>
    public static object Normalize(TableStore table, ColumnDefinition column, object? value)
    {
        if (value == null)
        {
            throw OrganizationFaults.Create(
                ErrorCodes.QueryBuilderInvalidConditionOperator,
                $"Condition for attribute '{table.LogicalName}.{column.LogicalName}': null is not a valid value; use the Null operator.");
        }

        try
        {
            return column.Type switch
            {
                ColumnType.String or ColumnType.Memo => Convert.ToString(value, CultureInfo.InvariantCulture)!,
                ColumnType.Integer => Convert.ToInt32(value, CultureInfo.InvariantCulture),
                ColumnType.Decimal => Convert.ToDecimal(value, CultureInfo.InvariantCulture),
                ColumnType.Money => value is Money money ? money.Value : Convert.ToDecimal(value, CultureInfo.InvariantCulture),
                ColumnType.Double => Convert.ToDouble(value, CultureInfo.InvariantCulture),
                ColumnType.Boolean => value is string text ? text == "1" || bool.Parse(text) : Convert.ToBoolean(value, CultureInfo.InvariantCulture),
                ColumnType.DateTime => ToUtc(value is string text ? DateTime.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal) : (DateTime)value),
                ColumnType.UniqueIdentifier or ColumnType.Lookup => value switch
                {
                    EntityReference reference => reference.Id,
                    string text => Guid.Parse(text),
                    _ => (Guid)value,
                },
                ColumnType.Choice or ColumnType.State or ColumnType.Status or ColumnType.MultiChoice => value switch
                {
                    OptionSetValue option => option.Value,
                    Enum member => Convert.ToInt32(member, CultureInfo.InvariantCulture),
                    _ => Convert.ToInt32(value, CultureInfo.InvariantCulture),
                },
                _ => value,
            };
        }
        catch (Exception exception) when (exception is FormatException or InvalidCastException or OverflowException)
        {
            throw OrganizationFaults.Create(
                ErrorCodes.QueryBuilderInvalidConditionOperator,
                $"Condition for attribute '{table.LogicalName}.{column.LogicalName}': the value '{value}' ({value.GetType().Name}) is not valid for a {column.Type} column.");
        }
    }

    /// <summary>The ids of a long In list made only of ids (lookups and unique identifiers), or null to compare value by value.</summary>
    private static HashSet<Guid>? IdSet(object?[] values)
    {
        if (values.Length < 16)
        {
            return null;
        }

        var ids = new HashSet<Guid>();
        foreach (var value in values)
        {
            if (IdOf(value) is not { } id)
            {
                return null;
            }

            ids.Add(id);
        }

        return ids;
    }

    private static Guid? IdOf(object? value) => value switch
    {
        Guid id => id,
        StoredReference reference => reference.Id,
        _ => null,
    };

    private static DateTime ToUtc(DateTime value) =>
        value.Kind == DateTimeKind.Local ? value.ToUniversalTime() : DateTime.SpecifyKind(value, DateTimeKind.Utc);

    private static Func<ResultRow, bool> DateRange(Func<ResultRow, object?> read, DateTime from, DateTime until) =>
        row => read(row) is DateTime stored && stored >= from && stored < until;

    private static Func<ResultRow, bool> Before(Func<ResultRow, object?> read, DateTime limit) =>
        row => read(row) is DateTime stored && stored < limit;

    private static List<object?> Flatten(IEnumerable<object> values)
    {
        var flat = new List<object?>();
        foreach (var value in values)
        {
            if (value is IEnumerable items and not string)
            {
                flat.AddRange(items.Cast<object?>());
            }
            else
            {
                flat.Add(value);
            }
        }

        return flat;
    }

    private static object? Single(ConditionExpression condition, List<object?> values)
    {
        if (values.Count != 1)
        {
            throw OrganizationFaults.Create(
                ErrorCodes.QueryBuilderInvalidConditionOperator,
                $"Condition for attribute '{condition.AttributeName}': operator '{condition.Operator}' takes exactly one value, not {values.Count}.");
        }

        return values[0];
    }

    private static void RequireText(TableStore table, ColumnDefinition column, ConditionOperator op)
    {
        if (column.Type is not (ColumnType.String or ColumnType.Memo))
        {
            throw InvalidOperator(table, column, op);
        }
    }

    private static void RequireDate(TableStore table, ColumnDefinition column, ConditionOperator op)
    {
        if (column.Type != ColumnType.DateTime)
        {
            throw InvalidOperator(table, column, op);
        }
    }

    private static Exception InvalidOperator(TableStore table, ColumnDefinition column, ConditionOperator op) =>
        OrganizationFaults.Create(
            ErrorCodes.QueryBuilderInvalidConditionOperator,
            $"The condition operator '{op}' is not valid for attribute '{table.LogicalName}.{column.LogicalName}' of type {column.Type}.");
}
