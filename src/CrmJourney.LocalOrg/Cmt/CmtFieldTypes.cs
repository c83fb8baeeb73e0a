using System;
using System.Collections.Generic;
using CrmJourney.LocalOrg.Metadata;

namespace CrmJourney.LocalOrg.Cmt;

/// <summary>
/// The field types a data_schema.xml names, and which of LocalOrg's column types each may fill. A type
/// cjp does not know at all makes the file malformed; a known type with no LocalOrg counterpart (images,
/// files, big integers) is left out with a warning like any column cjp does not model.
/// </summary>
public static class CmtFieldTypes
{
    /// <summary>Unique identifier.</summary>
    public const string Guid = "guid";

    /// <summary>Single or multiple lines of text.</summary>
    public const string String = "string";

    /// <summary>Whole number.</summary>
    public const string Number = "number";

    /// <summary>Big integer (not modelled).</summary>
    public const string BigInt = "bigint";

    /// <summary>Decimal number.</summary>
    public const string Decimal = "decimal";

    /// <summary>Floating point number.</summary>
    public const string Float = "float";

    /// <summary>Currency.</summary>
    public const string Money = "money";

    /// <summary>Yes/No.</summary>
    public const string Bool = "bool";

    /// <summary>Date and time or date only.</summary>
    public const string DateTime = "datetime";

    /// <summary>Choice.</summary>
    public const string OptionSetValue = "optionsetvalue";

    /// <summary>Choices (multi-select).</summary>
    public const string OptionSetValueCollection = "optionsetvaluecollection";

    /// <summary>statecode.</summary>
    public const string State = "state";

    /// <summary>statuscode.</summary>
    public const string Status = "status";

    /// <summary>Lookup.</summary>
    public const string EntityReference = "entityreference";

    /// <summary>Owner lookup (user or team).</summary>
    public const string Owner = "owner";

    /// <summary>Customer lookup (account or contact).</summary>
    public const string Customer = "customer";

    /// <summary>Activity party list (from, to, attendees…), carried as nested records.</summary>
    public const string PartyList = "partylist";

    /// <summary>Image column (not modelled).</summary>
    public const string ImageData = "imagedata";

    /// <summary>File column (not modelled).</summary>
    public const string FileData = "filedata";

    private static readonly Dictionary<string, ColumnType[]> _fits = new(StringComparer.Ordinal)
    {
        [Guid] = new[] { ColumnType.UniqueIdentifier },
        [String] = new[] { ColumnType.String, ColumnType.Memo },
        [Number] = new[] { ColumnType.Integer, ColumnType.Choice },
        [BigInt] = Array.Empty<ColumnType>(),
        [Decimal] = new[] { ColumnType.Decimal, ColumnType.Money },
        [Float] = new[] { ColumnType.Double },
        [Money] = new[] { ColumnType.Money, ColumnType.Decimal },
        [Bool] = new[] { ColumnType.Boolean },
        [DateTime] = new[] { ColumnType.DateTime },
        [OptionSetValue] = new[] { ColumnType.Choice, ColumnType.State, ColumnType.Status, ColumnType.Integer },
        [OptionSetValueCollection] = new[] { ColumnType.MultiChoice },
        [State] = new[] { ColumnType.State, ColumnType.Choice },
        [Status] = new[] { ColumnType.Status, ColumnType.Choice },
        [EntityReference] = new[] { ColumnType.Lookup },
        [Owner] = new[] { ColumnType.Lookup },
        [Customer] = new[] { ColumnType.Lookup },
        [PartyList] = Array.Empty<ColumnType>(),
        [ImageData] = Array.Empty<ColumnType>(),
        [FileData] = Array.Empty<ColumnType>(),
    };

    /// <summary>True when the Configuration Migration tool writes fields of this type.</summary>
    public static bool IsKnown(string type) => _fits.ContainsKey(type);

    /// <summary>True when a field of this type can fill a column of <paramref name="column"/>'s type.</summary>
    public static bool Fits(string type, ColumnType column) => _fits.TryGetValue(type, out var columns) && Array.IndexOf(columns, column) >= 0;

    /// <summary>The type data_schema.xml gives a LocalOrg column.</summary>
    public static string For(ColumnDefinition column) => column.Type switch
    {
        ColumnType.String or ColumnType.Memo => String,
        ColumnType.Integer => Number,
        ColumnType.Decimal => Decimal,
        ColumnType.Double => Float,
        ColumnType.Money => Money,
        ColumnType.Boolean => Bool,
        ColumnType.DateTime => DateTime,
        ColumnType.Lookup when column.LogicalName == SystemColumns.OwnerId => Owner,
        ColumnType.Lookup => EntityReference,
        ColumnType.Choice => OptionSetValue,
        ColumnType.MultiChoice => OptionSetValueCollection,
        ColumnType.UniqueIdentifier => Guid,
        ColumnType.State => State,
        ColumnType.Status => Status,
        _ => throw new NotSupportedException($"The column type {column.Type} has no Configuration Migration form."),
    };
}
