using System.Collections.Generic;

namespace CrmJourney.LocalOrg.Solution;

/// <summary>The values of an Entity.xml attribute's <c>Type</c> element (solution-package/README.md).</summary>
internal static class AttributeTypes
{
    public const string Text = "nvarchar";
    public const string MultilineText = "ntext";
    public const string WholeNumber = "int";
    public const string DecimalNumber = "decimal";
    public const string FloatingPoint = "float";
    public const string Currency = "money";
    public const string DateTime = "datetime";
    public const string YesNo = "bit";
    public const string Choice = "picklist";
    public const string MultiSelectChoice = "multiselectpicklist";
    public const string Lookup = "lookup";
    public const string Customer = "customer";
    public const string Guid = "uniqueidentifier";
    public const string PrimaryKey = "primarykey";
    public const string Owner = "owner";
    public const string State = "state";
    public const string Status = "status";

    /// <summary>The column types the reader turns into LocalOrg columns, for the "unknown type" message.</summary>
    public static IReadOnlyList<string> Readable { get; } = new[]
    {
        Text, MultilineText, WholeNumber, DecimalNumber, FloatingPoint, Currency, DateTime, YesNo, Choice, MultiSelectChoice, Lookup, Customer, Guid,
    };
}
