using System;
using System.Globalization;
using System.Linq;
using Microsoft.Xrm.Sdk;

namespace CrmJourney.Solution.Registration;

/// <summary>
/// One request <see cref="StepRegistrar.Apply"/> sends: a create, an update of the columns that differ,
/// or a delete, of one step or image row. <see cref="Row"/> carries the table, id and columns to write.
/// </summary>
public sealed record RegistrationWrite(RegistrationWriteKind Kind, Entity Row, string What)
{
    /// <summary>One line for a dry run or a log: the kind, the table, the id and what the row is, then the columns written.</summary>
    public override string ToString()
    {
        var verb = Kind switch
        {
            RegistrationWriteKind.Create => "create",
            RegistrationWriteKind.Update => "update",
            _ => "delete",
        };
        var columns = Kind == RegistrationWriteKind.Delete
            ? string.Empty
            : ": " + string.Join(", ", Row.Attributes.Keys.Where(k => !string.Equals(k, Row.LogicalName + "id", StringComparison.Ordinal)).OrderBy(k => k, StringComparer.Ordinal).Select(k => k + "=" + Show(Row[k])));
        return string.Create(CultureInfo.InvariantCulture, $"{verb} {Row.LogicalName} {Row.Id:D} ({What}){columns}");
    }

    private static string Show(object? value) => value switch
    {
        null => "(empty)",
        EntityReference reference => $"{reference.LogicalName}:{reference.Id:D}",
        OptionSetValue option => option.Value.ToString(CultureInfo.InvariantCulture),
        bool flag => flag ? "true" : "false",
        string text => "\"" + (text.Length > 60 ? text.Substring(0, 57) + "..." : text) + "\"",
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? string.Empty,
    };
}
