using System;
using System.Collections.Generic;
using System.Linq;

namespace CrmJourney.LocalOrg.Metadata;

/// <summary>
/// One column of a table: its logical name, its type and the type's constraints (lookup targets,
/// allowed choice values, maximum length, date-only behaviour). Immutable; build it with the static
/// factories, which read like the column list of a table's definition.
/// </summary>
/// <remarks>
/// Choice columns with no allowed values accept any value: a standard choice whose full option list
/// the product never needs is declared that way rather than with an invented list.
/// </remarks>
public sealed class ColumnDefinition
{
    private static readonly IReadOnlyList<string> _noTargets = Array.Empty<string>();

    private ColumnDefinition(string logicalName, ColumnType type)
    {
        if (string.IsNullOrWhiteSpace(logicalName))
        {
            throw new ArgumentException("A column needs a logical name.", nameof(logicalName));
        }

        LogicalName = logicalName;
        Type = type;
    }

    /// <summary>The column's logical name, lower case, as the SDK's attribute collections use it.</summary>
    public string LogicalName { get; }

    /// <summary>The column's type, which fixes the SDK value type a write must carry.</summary>
    public ColumnType Type { get; }

    /// <summary>The tables a lookup may point to; several for customer, regarding and owner columns.</summary>
    public IReadOnlyList<string> Targets { get; private init; } = _noTargets;

    /// <summary>The values a choice or multi-select choice accepts; null means any value.</summary>
    public IReadOnlySet<int>? AllowedValues { get; private init; }

    /// <summary>Maximum length of a text column; null means unlimited.</summary>
    public int? MaxLength { get; private init; }

    /// <summary>
    /// True for "date only" columns: Dataverse stores the date with no time (midnight), so LocalOrg
    /// drops the time part of written values.
    /// </summary>
    public bool DateOnly { get; private init; }

    /// <summary>True when the platform sets the column and callers may still write it (createdon, ownerid).</summary>
    public bool IsSystem { get; private init; }

    /// <summary>A single line of text.</summary>
    public static ColumnDefinition String(string logicalName, int? maxLength = null) =>
        new(logicalName, ColumnType.String) { MaxLength = maxLength };

    /// <summary>Multiple lines of text.</summary>
    public static ColumnDefinition Memo(string logicalName, int? maxLength = null) =>
        new(logicalName, ColumnType.Memo) { MaxLength = maxLength };

    /// <summary>A whole number.</summary>
    public static ColumnDefinition Integer(string logicalName) => new(logicalName, ColumnType.Integer);

    /// <summary>A decimal number.</summary>
    public static ColumnDefinition Decimal(string logicalName) => new(logicalName, ColumnType.Decimal);

    /// <summary>A floating point number.</summary>
    public static ColumnDefinition Double(string logicalName) => new(logicalName, ColumnType.Double);

    /// <summary>A currency column.</summary>
    public static ColumnDefinition Money(string logicalName) => new(logicalName, ColumnType.Money);

    /// <summary>A yes/no column.</summary>
    public static ColumnDefinition Boolean(string logicalName) => new(logicalName, ColumnType.Boolean);

    /// <summary>A date and time column (user local behaviour, stored in UTC).</summary>
    public static ColumnDefinition DateTime(string logicalName) => new(logicalName, ColumnType.DateTime);

    /// <summary>A date-only column: written times are dropped.</summary>
    public static ColumnDefinition DateOnlyColumn(string logicalName) =>
        new(logicalName, ColumnType.DateTime) { DateOnly = true };

    /// <summary>A lookup to one table, or a polymorphic lookup (customer, regarding, owner) to several.</summary>
    public static ColumnDefinition Lookup(string logicalName, params string[] targets)
    {
        if (targets.Length == 0)
        {
            throw new ArgumentException($"The lookup '{logicalName}' needs at least one target table.", nameof(targets));
        }

        return new ColumnDefinition(logicalName, ColumnType.Lookup) { Targets = targets.ToArray() };
    }

    /// <summary>A choice; with no values, any value is accepted.</summary>
    public static ColumnDefinition Choice(string logicalName, params int[] allowedValues) =>
        new(logicalName, ColumnType.Choice) { AllowedValues = ToSet(allowedValues) };

    /// <summary>A multi-select choice; with no values, any value is accepted.</summary>
    public static ColumnDefinition MultiChoice(string logicalName, params int[] allowedValues) =>
        new(logicalName, ColumnType.MultiChoice) { AllowedValues = ToSet(allowedValues) };

    /// <summary>A Guid column.</summary>
    public static ColumnDefinition UniqueIdentifier(string logicalName) => new(logicalName, ColumnType.UniqueIdentifier);

    /// <summary>The statecode column, restricted to the given states.</summary>
    public static ColumnDefinition State(IEnumerable<int> states) =>
        new(SystemColumns.StateCode, ColumnType.State) { AllowedValues = ToSet(states.ToArray()), IsSystem = true };

    /// <summary>The statuscode column, restricted to the given status reasons.</summary>
    public static ColumnDefinition Status(IEnumerable<int> statuses) =>
        new(SystemColumns.StatusCode, ColumnType.Status) { AllowedValues = ToSet(statuses.ToArray()), IsSystem = true };

    /// <summary>The same column marked as set by the platform.</summary>
    public ColumnDefinition AsSystem() => new(LogicalName, Type)
    {
        Targets = Targets,
        AllowedValues = AllowedValues,
        MaxLength = MaxLength,
        DateOnly = DateOnly,
        IsSystem = true,
    };

    /// <inheritdoc />
    public override string ToString() => $"{LogicalName} ({Type})";

    private static HashSet<int>? ToSet(int[] values) => values.Length == 0 ? null : new HashSet<int>(values);
}
