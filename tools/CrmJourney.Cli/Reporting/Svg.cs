using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Net;
using System.Text;

namespace CrmJourney.Cli.Reporting;

/// <summary>
/// Inline SVG charts for the report: horizontal bar charts (one or two series) with a title, both
/// axis labels, gridlines and the number at every bar's end. No scripts and no fonts from the network:
/// the report must open anywhere, offline, and print.
/// </summary>
public static class Svg
{
    /// <summary>The colours of the series, in order.</summary>
    public static readonly IReadOnlyList<string> SeriesColours = new[] { "#2f6db5", "#8fb8e8", "#e0a030", "#2e9d6a" };

    private const int Width = 640;
    private const int LabelWidth = 190;
    private const int RightMargin = 90;
    private const int BarHeight = 18;
    private const int BarGap = 4;
    private const int RowGap = 10;
    private const int Top = 16;
    private const int AxisHeight = 44;

    /// <summary>A horizontal bar chart; <paramref name="series"/> names the values of each row (a legend is drawn for two or more).</summary>
    public static string HorizontalBars(string id, string valueAxis, string categoryAxis, IReadOnlyList<ChartRow> rows, IReadOnlyList<string> series)
    {
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(series);
        var rowHeight = (series.Count * BarHeight) + ((series.Count - 1) * BarGap) + RowGap;
        var legend = series.Count > 1 ? 22 : 0;
        var plotHeight = Math.Max(1, rows.Count) * rowHeight;
        var height = Top + legend + plotHeight + AxisHeight;
        var plotWidth = Width - LabelWidth - RightMargin;
        var max = Math.Max(1, rows.SelectMany(r => r.Values).DefaultIfEmpty(0).Max());
        var step = NiceStep(max);
        var top = max <= 0 ? 1 : Math.Ceiling(max / step) * step;
        var svg = new StringBuilder();
        svg.Append(Inv($"<svg id=\"{id}-svg\" role=\"img\" viewBox=\"0 0 {Width} {height}\" width=\"100%\" xmlns=\"http://www.w3.org/2000/svg\">"));
        var plotTop = Top + legend;
        for (var i = 0; i < series.Count && series.Count > 1; i++)
        {
            var x = LabelWidth + (i * 170);
            svg.Append(Inv($"<rect x=\"{x}\" y=\"4\" width=\"12\" height=\"12\" fill=\"{SeriesColours[i % SeriesColours.Count]}\"/><text x=\"{x + 18}\" y=\"14\" class=\"legend\">{Escape(series[i])}</text>"));
        }

        for (var tick = 0.0; tick <= top + 1e-9; tick += step)
        {
            var x = LabelWidth + (tick / top * plotWidth);
            svg.Append(Inv($"<line x1=\"{x:0.#}\" y1=\"{plotTop}\" x2=\"{x:0.#}\" y2=\"{plotTop + plotHeight}\" class=\"grid\"/>"));
            svg.Append(Inv($"<text x=\"{x:0.#}\" y=\"{plotTop + plotHeight + 16}\" text-anchor=\"middle\" class=\"tick\">{Number(tick)}</text>"));
        }

        for (var r = 0; r < rows.Count; r++)
        {
            var row = rows[r];
            var y = plotTop + (r * rowHeight) + (RowGap / 2);
            var middle = y + ((rowHeight - RowGap) / 2.0);
            svg.Append(Inv($"<text x=\"{LabelWidth - 8}\" y=\"{middle + 4:0.#}\" text-anchor=\"end\" class=\"label\">{Escape(Shorten(row.Label, 30))}</text>"));
            for (var s = 0; s < row.Values.Count; s++)
            {
                var barY = y + (s * (BarHeight + BarGap));
                var w = row.Values[s] / top * plotWidth;
                svg.Append(Inv($"<rect x=\"{LabelWidth}\" y=\"{barY}\" width=\"{Math.Max(0, w):0.#}\" height=\"{BarHeight}\" rx=\"2\" fill=\"{SeriesColours[s % SeriesColours.Count]}\"><title>{Escape(row.Label)}: {Escape(row.ValueTexts[s])}</title></rect>"));
                svg.Append(Inv($"<text x=\"{LabelWidth + w + 5:0.#}\" y=\"{barY + 13}\" class=\"value\">{Escape(row.ValueTexts[s])}</text>"));
            }
        }

        svg.Append(Inv($"<line x1=\"{LabelWidth}\" y1=\"{plotTop}\" x2=\"{LabelWidth}\" y2=\"{plotTop + plotHeight}\" class=\"axis\"/>"));
        svg.Append(Inv($"<text x=\"{LabelWidth + (plotWidth / 2)}\" y=\"{height - 6}\" text-anchor=\"middle\" class=\"axis-label\">{Escape(valueAxis)}</text>"));
        svg.Append(Inv($"<text transform=\"translate(14 {plotTop + (plotHeight / 2)}) rotate(-90)\" text-anchor=\"middle\" class=\"axis-label\">{Escape(categoryAxis)}</text>"));
        svg.Append("</svg>");
        return svg.ToString();
    }

    /// <summary>Text safe inside HTML and SVG.</summary>
    public static string Escape(string text) => WebUtility.HtmlEncode(text ?? string.Empty);

    /// <summary>A whole number with thousands separators, invariant.</summary>
    public static string Number(double value) => value.ToString("#,0", CultureInfo.InvariantCulture);

    /// <summary>A share as a whole percentage, or "—" for none.</summary>
    public static string Percent(double? share) => share is double s ? (s * 100).ToString("0", CultureInfo.InvariantCulture) + "%" : "—";

    /// <summary>Formats with the invariant culture, so the SVG's numbers always use a dot.</summary>
    public static string Inv(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    private static double NiceStep(double max)
    {
        var rough = max / 5;
        var magnitude = Math.Pow(10, Math.Floor(Math.Log10(Math.Max(rough, 1))));
        var normal = rough / magnitude;
        var nice = normal <= 1 ? 1 : normal <= 2 ? 2 : normal <= 5 ? 5 : 10;
        return Math.Max(1, nice * magnitude);
    }

    private static string Shorten(string text, int length) => text.Length <= length ? text : text[..(length - 1)] + "…";
}
