namespace CrmJourney.Solution.App;

/// <summary>What a form needs to know of a column: its Entity.xml type (nvarchar, lookup, picklist…) and its display name.</summary>
/// <param name="Type">The attribute type as Entity.xml writes it.</param>
/// <param name="Label">The display name (language 1033).</param>
public sealed record ColumnInfo(string Type, string Label);
