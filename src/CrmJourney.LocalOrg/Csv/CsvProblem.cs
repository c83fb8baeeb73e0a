namespace CrmJourney.LocalOrg.Csv;

/// <summary>
/// One problem found while validating an import, positioned the way compilers report errors so editors
/// and terminals can jump to it: <c>account.csv:17:5: 'abc' is not a date — …</c>.
/// </summary>
/// <param name="File">The file name (e.g. <c>account.csv</c>).</param>
/// <param name="Line">The physical line, 1-based; line 1 is the header.</param>
/// <param name="Column">The field's position in its row, 1-based, as spreadsheets number columns.</param>
/// <param name="Message">What is wrong and, where possible, how to fix it.</param>
public sealed record CsvProblem(string File, int Line, int Column, string Message)
{
    /// <inheritdoc />
    public override string ToString() => $"{File}:{Line}:{Column}: {Message}";
}
