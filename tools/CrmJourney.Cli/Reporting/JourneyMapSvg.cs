using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using CrmJourney.Domain.Journey;
using CrmJourney.Domain.Metrics;

namespace CrmJourney.Cli.Reporting;

/// <summary>
/// The journey map: the four stages as boxes left to right with the accounts in each, and every flow
/// between two stages as an arrow whose width follows its count and which carries the number. Moves
/// forward along the journey arc above the boxes, moves back (repeat work, win-backs) arc below, so
/// the loop between active and between-engagements is visible at a glance.
/// </summary>
public static class JourneyMapSvg
{
    /// <summary>Each stage's colour, used wherever a stage is drawn.</summary>
    public static readonly IReadOnlyDictionary<JourneyStage, string> StageColours = new Dictionary<JourneyStage, string>
    {
        [JourneyStage.Prospect] = "#5b7fb8",
        [JourneyStage.ActiveClient] = "#2e9d6a",
        [JourneyStage.BetweenEngagements] = "#d08c1e",
        [JourneyStage.FormerClient] = "#8a6bb8",
    };

    private const int Width = 1200;
    private const int Height = 430;
    private const int MiddleY = 215;
    private const int BoxWidth = 210;
    private const int BoxHeight = 96;

    /// <summary>The map of <paramref name="counts"/> (accounts per stage) and <paramref name="flows"/>.</summary>
    public static string Render(IReadOnlyList<StageCount> counts, IReadOnlyList<StageFlow> flows)
    {
        ArgumentNullException.ThrowIfNull(counts);
        ArgumentNullException.ThrowIfNull(flows);
        var svg = new StringBuilder();
        svg.Append(Svg.Inv($"<svg id=\"journey-map-svg\" role=\"img\" viewBox=\"0 0 {Width} {Height}\" width=\"100%\" xmlns=\"http://www.w3.org/2000/svg\">"));
        svg.Append("<defs><marker id=\"arrow\" viewBox=\"0 0 10 10\" refX=\"8\" refY=\"5\" markerWidth=\"14\" markerHeight=\"14\" markerUnits=\"userSpaceOnUse\" orient=\"auto-start-reverse\"><path d=\"M0,0 L10,5 L0,10 z\" fill=\"#55606e\"/></marker></defs>");
        var max = Math.Max(1, flows.Select(f => f.Count).DefaultIfEmpty(1).Max());
        foreach (var flow in flows.OrderByDescending(f => f.Count))
        {
            var from = (int)flow.From;
            var to = (int)flow.To;
            var forward = to > from;
            var distance = Math.Abs(to - from);
            var startX = Centre(from) + (forward ? 40 : -40);
            var endX = Centre(to) + (forward ? -40 : 40);
            var y = forward ? MiddleY - (BoxHeight / 2) : MiddleY + (BoxHeight / 2);
            var bend = (forward ? -1 : 1) * (45 + (distance * 38));
            var controlX = (startX + endX) / 2.0;
            var controlY = y + (bend * 2);
            var width = 2 + (18.0 * flow.Count / max);
            var colour = StageColours[flow.To];
            svg.Append(Svg.Inv($"<path d=\"M{startX},{y} Q{controlX:0.#},{controlY:0.#} {endX},{y}\" fill=\"none\" stroke=\"{colour}\" stroke-opacity=\"0.55\" stroke-width=\"{width:0.#}\" marker-end=\"url(#arrow)\"><title>{Svg.Escape(JourneyReport.StageLabel(flow.From))} → {Svg.Escape(JourneyReport.StageLabel(flow.To))}: {flow.Count}</title></path>"));
            var labelX = (0.25 * startX) + (0.5 * controlX) + (0.25 * endX);
            var labelY = (0.5 * y) + (0.5 * controlY);
            svg.Append(Svg.Inv($"<g class=\"flow-label\" data-from=\"{flow.From}\" data-to=\"{flow.To}\" data-count=\"{flow.Count}\"><rect x=\"{labelX - 24:0.#}\" y=\"{labelY - 12:0.#}\" width=\"48\" height=\"22\" rx=\"11\" fill=\"#fff\" stroke=\"{colour}\"/><text x=\"{labelX:0.#}\" y=\"{labelY + 4:0.#}\" text-anchor=\"middle\" class=\"flow-count\">{Svg.Number(flow.Count)}</text></g>"));
        }

        foreach (var count in counts)
        {
            var x = Centre((int)count.Stage) - (BoxWidth / 2);
            var y = MiddleY - (BoxHeight / 2);
            var colour = StageColours[count.Stage];
            svg.Append(Svg.Inv($"<g class=\"stage\" data-stage=\"{count.Stage}\" data-count=\"{count.Count}\"><rect x=\"{x}\" y=\"{y}\" width=\"{BoxWidth}\" height=\"{BoxHeight}\" rx=\"10\" fill=\"{colour}\"/>"));
            svg.Append(Svg.Inv($"<text x=\"{x + (BoxWidth / 2)}\" y=\"{y + 36}\" text-anchor=\"middle\" class=\"stage-name\">{Svg.Escape(JourneyReport.StageLabel(count.Stage))}</text>"));
            svg.Append(Svg.Inv($"<text x=\"{x + (BoxWidth / 2)}\" y=\"{y + 74}\" text-anchor=\"middle\" class=\"stage-count\">{Svg.Number(count.Count)}</text></g>"));
        }

        svg.Append(Svg.Inv($"<text x=\"{Width / 2}\" y=\"{Height - 8}\" text-anchor=\"middle\" class=\"axis-label\">Journey stage (left to right) · arrows above: moves forward · arrows below: moves back · numbers: transitions in the period</text>"));
        svg.Append(Svg.Inv($"<text x=\"{Width / 2}\" y=\"18\" text-anchor=\"middle\" class=\"axis-label\">Boxes: accounts in the stage at the end of the period</text>"));
        svg.Append("</svg>");
        return svg.ToString();
    }

    private static int Centre(int stage) => 150 + (stage * 300);
}
