namespace CrmJourney.LocalOrg.Fetch;

/// <summary>
/// The kind of a column as far as FetchXML cares: it decides how a condition's value string is
/// converted and which CLR type the translated <c>ConditionExpression</c> carries. The types are the
/// ones Dataverse itself expects in QueryExpression conditions (an int for a choice, a decimal for
/// currency, a Guid for a lookup), never the wrapper types (OptionSetValue, Money, EntityReference)
/// that records carry: Dataverse refuses those in conditions.
/// </summary>
public enum FetchValueKind
{
    /// <summary>Single or multiple lines of text; the value is kept as written.</summary>
    String,

    /// <summary>Whole number; the value becomes an <see cref="int"/>.</summary>
    Integer,

    /// <summary>Decimal number; the value becomes a <see cref="decimal"/>.</summary>
    Decimal,

    /// <summary>Floating point number; the value becomes a <see cref="double"/>.</summary>
    Double,

    /// <summary>Currency; the value becomes a <see cref="decimal"/> (records hold Money).</summary>
    Money,

    /// <summary>Yes/no; 0, 1, true or false become a <see cref="bool"/>.</summary>
    Boolean,

    /// <summary>Date and time or date only; ISO-8601 text becomes a UTC <see cref="System.DateTime"/>.</summary>
    DateTime,

    /// <summary>A table's primary key (uniqueidentifier); the value becomes a <see cref="System.Guid"/>.</summary>
    Guid,

    /// <summary>Lookup, customer or owner; the value (a record id) becomes a <see cref="System.Guid"/> (records hold EntityReference).</summary>
    Lookup,

    /// <summary>Choice, status or state; the value becomes the option's <see cref="int"/> (records hold OptionSetValue).</summary>
    Choice,

    /// <summary>Multi-select choice; each value becomes an option's <see cref="int"/> (records hold OptionSetValueCollection).</summary>
    MultiChoice,
}
