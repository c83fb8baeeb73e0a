namespace CrmJourney.LocalOrg.Metadata;

/// <summary>
/// The Dataverse column types LocalOrg stores. Each type fixes the single SDK value type a write must
/// carry (Dataverse refuses an <c>int</c> for a choice column, for example) and how stored values are
/// compared, indexed and handed back.
/// </summary>
public enum ColumnType
{
    /// <summary>Single line of text: <see cref="string"/>.</summary>
    String,

    /// <summary>Multiple lines of text: <see cref="string"/>.</summary>
    Memo,

    /// <summary>Whole number: <see cref="int"/>.</summary>
    Integer,

    /// <summary>Decimal number: <see cref="decimal"/>.</summary>
    Decimal,

    /// <summary>Floating point number: <see cref="double"/>.</summary>
    Double,

    /// <summary>Currency: <c>Money</c>.</summary>
    Money,

    /// <summary>Yes/No: <see cref="bool"/>.</summary>
    Boolean,

    /// <summary>Date and time (or date only, see <see cref="ColumnDefinition.DateOnly"/>): <see cref="System.DateTime"/>.</summary>
    DateTime,

    /// <summary>Lookup, customer, regarding or owner: <c>EntityReference</c> to one of the column's targets.</summary>
    Lookup,

    /// <summary>Choice: <c>OptionSetValue</c>.</summary>
    Choice,

    /// <summary>Choices (multi-select): <c>OptionSetValueCollection</c>.</summary>
    MultiChoice,

    /// <summary>Unique identifier (the primary id column and other Guid columns): <see cref="System.Guid"/>.</summary>
    UniqueIdentifier,

    /// <summary>Status (statecode): <c>OptionSetValue</c> restricted to the table's states.</summary>
    State,

    /// <summary>Status reason (statuscode): <c>OptionSetValue</c> restricted to the table's status reasons.</summary>
    Status,
}
