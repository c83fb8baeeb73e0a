using Microsoft.Xrm.Sdk;

namespace CrmJourney.Plugins.Mapping;

/// <summary>
/// Reads the columns a query returns from a linked table: Dataverse names them "alias.column" and
/// wraps each value in an <see cref="AliasedValue"/>. An outer link that matched nothing leaves the
/// columns absent, read here as null.
/// </summary>
public static class LinkedColumns
{
    /// <summary>The value of <paramref name="column"/> of the table linked as <paramref name="alias"/>, or default.</summary>
    public static T? Value<T>(Entity row, string alias, string column)
    {
        var aliased = row.GetAttributeValue<AliasedValue>(alias + "." + column);
        return aliased?.Value is T value ? value : default;
    }
}
