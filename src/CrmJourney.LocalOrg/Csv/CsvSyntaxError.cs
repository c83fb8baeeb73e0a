namespace CrmJourney.LocalOrg.Csv;

/// <summary>Where a file stops being valid RFC 4180, and why.</summary>
/// <param name="Line">The physical line (1-based).</param>
/// <param name="Column">The field's position in its row (1-based).</param>
/// <param name="Message">What is wrong and how to fix it.</param>
internal sealed record CsvSyntaxError(int Line, int Column, string Message);
