using System;
using CrmJourney.LocalOrg.Fetch;
using CrmJourney.LocalOrg.Metadata;

namespace CrmJourney.LocalOrg.Querying;

/// <summary>
/// Answers the FetchXML translator's questions from LocalOrg's metadata catalog, so FetchXML sees
/// exactly the tables and columns QueryExpression does: an unknown table or column is reported by
/// the translator as Dataverse reports it, never guessed.
/// </summary>
internal sealed class CatalogFetchMetadata : IFetchMetadata
{
    private readonly MetadataCatalog _catalog;

    public CatalogFetchMetadata(MetadataCatalog catalog)
    {
        _catalog = catalog;
    }

    /// <inheritdoc />
    public string? GetPrimaryIdColumn(string table) => _catalog.FindTable(table)?.PrimaryIdColumn;

    /// <inheritdoc />
    public FetchValueKind? GetValueKind(string table, string column)
    {
        var definition = _catalog.FindTable(table)?.FindColumn(column);
        return definition is null ? null : KindOf(definition.Type);
    }

    private static FetchValueKind KindOf(ColumnType type) => type switch
    {
        // Both text types compare as text; FetchXML has no separate memo kind.
        ColumnType.String or ColumnType.Memo => FetchValueKind.String,
        ColumnType.Integer => FetchValueKind.Integer,
        ColumnType.Decimal => FetchValueKind.Decimal,
        ColumnType.Double => FetchValueKind.Double,
        ColumnType.Money => FetchValueKind.Money,
        ColumnType.Boolean => FetchValueKind.Boolean,
        ColumnType.DateTime => FetchValueKind.DateTime,
        ColumnType.Lookup => FetchValueKind.Lookup,

        // statecode and statuscode hold OptionSetValue like any choice; conditions carry the int.
        ColumnType.Choice or ColumnType.State or ColumnType.Status => FetchValueKind.Choice,
        ColumnType.MultiChoice => FetchValueKind.MultiChoice,
        ColumnType.UniqueIdentifier => FetchValueKind.Guid,
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, "A column type with no FetchXML kind."),
    };
}
