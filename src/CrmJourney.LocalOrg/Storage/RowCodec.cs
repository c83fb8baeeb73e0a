using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using CrmJourney.LocalOrg.Faults;
using CrmJourney.LocalOrg.Metadata;
using Microsoft.Xrm.Sdk;

namespace CrmJourney.LocalOrg.Storage;

/// <summary>
/// Converts between SDK values and stored values, checking each written value the way Dataverse does:
/// the column must exist, the value must have the column's SDK type, a lookup must point at an
/// existing row of one of its target tables, a choice must be one of its values, text must fit.
/// </summary>
/// <remarks>
/// Stored values are immutable (string, boxed numbers, <see cref="StoredReference"/>, int arrays), and
/// every read builds fresh Money, OptionSetValue, OptionSetValueCollection and EntityReference
/// instances, so no caller can change a stored row through an object it was given or gave.
/// </remarks>
public static class RowCodec
{
    private static readonly object _true = true;
    private static readonly object _false = false;

    // Stored ints are boxed once per value for the small counts and the state/status/choice values
    // every row repeats: a million rows then share a few hundred boxes instead of holding millions.
    private static readonly object[] _smallInts = Enumerable.Range(-1, 1025).Select(value => (object)value).ToArray();
    private static readonly object[] _choiceInts = Enumerable.Range(ChoiceBase, 256).Select(value => (object)value).ToArray();
    private const int ChoiceBase = 573100000;

    /// <summary>
    /// The stored form of a written value, or a fault naming table, column and value. Null clears the
    /// column. Times are kept in UTC to the second, as Dataverse stores them; date-only columns keep the date.
    /// </summary>
    public static object? ToStored(DataStore store, TableStore table, ColumnDefinition column, object? value)
    {
        if (value == null)
        {
            return null;
        }

        switch (column.Type)
        {
            case ColumnType.String:
            case ColumnType.Memo:
                var text = Expect<string>(table, column, value);
                if (column.MaxLength is int max && text.Length > max)
                {
                    throw OrganizationFaults.InvalidArgument(
                        $"A validation error occurred. The length of the '{column.LogicalName}' attribute of the '{table.LogicalName}' entity exceeded the maximum allowed length of '{max}'.");
                }

                return text;
            case ColumnType.Integer:
                return Box(Expect<int>(table, column, value));
            case ColumnType.Decimal:
                return Expect<decimal>(table, column, value);
            case ColumnType.Double:
                return Expect<double>(table, column, value);
            case ColumnType.Money:
                return Expect<Money>(table, column, value).Value;
            case ColumnType.Boolean:
                return Expect<bool>(table, column, value) ? _true : _false;
            case ColumnType.DateTime:
                return ToStoredTime(column, Expect<DateTime>(table, column, value));
            case ColumnType.UniqueIdentifier:
                return Expect<Guid>(table, column, value);
            case ColumnType.Lookup:
                return ToStoredReference(store, table, column, Expect<EntityReference>(table, column, value));
            case ColumnType.Choice:
            case ColumnType.State:
            case ColumnType.Status:
                var option = Expect<OptionSetValue>(table, column, value).Value;
                CheckAllowed(table, column, option);
                return Box(option);
            case ColumnType.MultiChoice:
                var options = Expect<OptionSetValueCollection>(table, column, value).Select(item => item.Value).Distinct().OrderBy(item => item).ToArray();
                foreach (var item in options)
                {
                    CheckAllowed(table, column, item);
                }

                return options.Length == 0 ? null : options;
            default:
                throw OrganizationFaults.NotSupported($"the column type '{column.Type}'");
        }
    }

    /// <summary>A fresh SDK value for a stored value (never null: absent values are not stored).</summary>
    public static object ToSdk(DataStore store, ColumnDefinition column, object stored) => column.Type switch
    {
        ColumnType.Money => new Money((decimal)stored),
        ColumnType.Choice or ColumnType.State or ColumnType.Status => new OptionSetValue((int)stored),
        ColumnType.MultiChoice => new OptionSetValueCollection(((int[])stored).Select(value => new OptionSetValue(value)).ToList()),
        ColumnType.Lookup => ToEntityReference(store, (StoredReference)stored),
        _ => stored,
    };

    /// <summary>
    /// The row as a new Entity with the requested columns (all when <paramref name="columns"/> is null)
    /// plus the id. Columns without a value are left out, as Dataverse leaves out nulls.
    /// </summary>
    public static Entity ToEntity(DataStore store, TableStore table, StoredRow row, IReadOnlyList<int>? columns)
    {
        var entity = new Entity(table.LogicalName, row.Id);
        if (columns == null)
        {
            for (var ordinal = 0; ordinal < table.Columns.Count; ordinal++)
            {
                AddValue(store, table, row, ordinal, entity);
            }
        }
        else
        {
            AddValue(store, table, row, table.PrimaryIdOrdinal, entity);
            foreach (var ordinal in columns)
            {
                AddValue(store, table, row, ordinal, entity);
            }
        }

        return entity;
    }

    /// <summary>
    /// The ordinals a column set asks for (null = all columns), faulting on a column the table lacks
    /// with Dataverse's QueryBuilderNoAttribute message.
    /// </summary>
    public static IReadOnlyList<int>? Ordinals(TableStore table, Microsoft.Xrm.Sdk.Query.ColumnSet? columnSet)
    {
        if (columnSet == null || columnSet.AllColumns)
        {
            return null;
        }

        var ordinals = new List<int>(columnSet.Columns.Count);
        foreach (var column in columnSet.Columns)
        {
            ordinals.Add(RequireOrdinal(table, column));
        }

        return ordinals;
    }

    /// <summary>The ordinal of a column, or the QueryBuilderNoAttribute fault naming table and column.</summary>
    public static int RequireOrdinal(TableStore table, string? column)
    {
        var ordinal = column == null ? -1 : table.OrdinalOf(column);
        if (ordinal < 0)
        {
            throw UnknownColumn(table.LogicalName, column);
        }

        return ordinal;
    }

    /// <summary>Dataverse's fault for a column the table does not have.</summary>
    public static Exception UnknownColumn(string table, string? column) =>
        OrganizationFaults.Create(
            ErrorCodes.QueryBuilderNoAttribute,
            $"'{table}' entity doesn't contain attribute with Name = '{column}' and NameMapping = 'Logical'.");

    /// <summary>A fresh EntityReference, with the referenced row's primary name when it has one.</summary>
    public static EntityReference ToEntityReference(DataStore store, StoredReference stored)
    {
        var reference = new EntityReference(stored.LogicalName, stored.Id);
        var target = store.FindTable(stored.LogicalName);
        var nameColumn = target?.Definition.PrimaryNameColumn;
        if (target != null && nameColumn != null && target.TryGet(stored.Id, out var row))
        {
            reference.Name = row[target.OrdinalOf(nameColumn)] as string;
        }

        return reference;
    }

    private static void AddValue(DataStore store, TableStore table, StoredRow row, int ordinal, Entity entity)
    {
        var stored = row.Values[ordinal];
        if (stored != null)
        {
            entity.Attributes[table.Columns[ordinal].LogicalName] = ToSdk(store, table.Columns[ordinal], stored);
        }
    }

    private static object Box(int value)
    {
        if (value >= -1 && value < 1024)
        {
            return _smallInts[value + 1];
        }

        return value >= ChoiceBase && value < ChoiceBase + 256 ? _choiceInts[value - ChoiceBase] : value;
    }

    private static DateTime ToStoredTime(ColumnDefinition column, DateTime value)
    {
        var utc = value.Kind == DateTimeKind.Local ? value.ToUniversalTime() : DateTime.SpecifyKind(value, DateTimeKind.Utc);
        if (column.DateOnly)
        {
            return DateTime.SpecifyKind(utc.Date, DateTimeKind.Utc);
        }

        return new DateTime(utc.Ticks - (utc.Ticks % TimeSpan.TicksPerSecond), DateTimeKind.Utc);
    }

    private static StoredReference ToStoredReference(DataStore store, TableStore table, ColumnDefinition column, EntityReference reference)
    {
        if (!column.Targets.Contains(reference.LogicalName, StringComparer.Ordinal))
        {
            throw OrganizationFaults.InvalidArgument(
                $"The lookup '{table.LogicalName}.{column.LogicalName}' cannot point to a '{reference.LogicalName}': it targets {string.Join(", ", column.Targets)}.");
        }

        var target = store.Table(reference.LogicalName);
        if (!target.Contains(reference.Id))
        {
            throw OrganizationFaults.Create(
                ErrorCodes.ObjectDoesNotExist,
                $"{reference.LogicalName} With Id = {reference.Id:D} Does Not Exist (written to '{table.LogicalName}.{column.LogicalName}').");
        }

        return new StoredReference(reference.LogicalName, reference.Id);
    }

    private static void CheckAllowed(TableStore table, ColumnDefinition column, int value)
    {
        if (column.AllowedValues != null && !column.AllowedValues.Contains(value))
        {
            var accepted = string.Join(",", column.AllowedValues.OrderBy(item => item).Select(item => item.ToString(CultureInfo.InvariantCulture)));
            throw OrganizationFaults.InvalidArgument(
                $"A validation error occurred. The value {value} of '{column.LogicalName}' on record of type '{table.LogicalName}' is outside the valid range. Accepted Values: {accepted}");
        }
    }

    private static T Expect<T>(TableStore table, ColumnDefinition column, object value)
    {
        if (value is T typed)
        {
            return typed;
        }

        throw OrganizationFaults.InvalidArgument(
            $"Incorrect type of attribute value {value.GetType().FullName} for '{table.LogicalName}.{column.LogicalName}' (value '{value}'): a {column.Type} column takes {typeof(T).FullName}.");
    }
}
