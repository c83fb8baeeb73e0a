namespace CrmJourney.LocalOrg.Fetch;

/// <summary>
/// What the FetchXML translator must know about the organization's tables: FetchXML carries every
/// value as text, so converting a condition's value needs the column's kind, and link-entity joins
/// that omit from or to default to a table's primary key. LocalOrg's metadata implements it; the
/// translator never guesses a kind, so an unknown table or column is reported, as Dataverse does.
/// </summary>
public interface IFetchMetadata
{
    /// <summary>The logical name of the table's primary key column (e.g. "accountid"); null when the table does not exist.</summary>
    string? GetPrimaryIdColumn(string table);

    /// <summary>The kind of the column; null when the table or the column does not exist.</summary>
    FetchValueKind? GetValueKind(string table, string column);
}
