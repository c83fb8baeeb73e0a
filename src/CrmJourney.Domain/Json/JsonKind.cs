namespace CrmJourney.Domain.Json;

/// <summary>The six kinds of JSON value.</summary>
public enum JsonKind
{
    /// <summary>An object: named values in document order.</summary>
    Object,

    /// <summary>An array: values in order.</summary>
    Array,

    /// <summary>A text in double quotes.</summary>
    String,

    /// <summary>A number, kept as written.</summary>
    Number,

    /// <summary>true or false.</summary>
    Boolean,

    /// <summary>null.</summary>
    Null,
}
