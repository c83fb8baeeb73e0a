using System.Collections.Generic;

namespace CrmJourney.Cli.Reporting;

/// <summary>One labelled row of a bar chart: one value per series, and the text printed at each bar's end.</summary>
/// <param name="Label">The row's label (the category axis).</param>
/// <param name="Values">One value per series.</param>
/// <param name="ValueTexts">What to print at each bar's end (e.g. "57 (14%)"); same length as <paramref name="Values"/>.</param>
public sealed record ChartRow(string Label, IReadOnlyList<double> Values, IReadOnlyList<string> ValueTexts);
