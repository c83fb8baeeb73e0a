using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;

namespace CrmJourney.Domain.Templates;

/// <summary>
/// A task subject or description with placeholders, parsed once into segments and rendered many times.
/// </summary>
/// <remarks>
/// Syntax: <c>{name}</c> is a placeholder (names are case-insensitive and stored lower-case, e.g.
/// <c>{account.name}</c>); <c>{{</c> and <c>}}</c> are a literal <c>{</c> and <c>}</c>. An unknown
/// placeholder, an unclosed <c>{</c>, an empty <c>{}</c> or a lone <c>}</c> is a parse problem, reported
/// with its position, so a bad template is refused when the rule is saved and never fails at sweep time.
/// Rendering never throws: a placeholder missing from the values renders as <see cref="TemplateFormat.Missing"/>.
/// </remarks>
public sealed class TaskTemplate
{
    private TaskTemplate(string source, IReadOnlyList<TemplateSegment> segments)
    {
        Source = source;
        Segments = segments;
    }

    /// <summary>The template text as written.</summary>
    public string Source { get; }

    /// <summary>The parsed segments, in order; adjacent literal text is merged into one segment.</summary>
    public IReadOnlyList<TemplateSegment> Segments { get; }

    /// <summary>The distinct placeholder names used, in order of first use.</summary>
    public IReadOnlyList<string> Placeholders => Segments.Where(s => s.IsPlaceholder).Select(s => s.Text).Distinct(StringComparer.Ordinal).ToList();

    /// <summary>
    /// Parses <paramref name="source"/> (null is treated as empty) and checks every placeholder against
    /// <paramref name="knownPlaceholders"/>; returns all problems found.
    /// </summary>
    public static TemplateParseResult Parse(string? source, IReadOnlyCollection<string> knownPlaceholders)
    {
        if (knownPlaceholders is null)
        {
            throw new ArgumentNullException(nameof(knownPlaceholders));
        }

        var text = source ?? string.Empty;
        var known = new HashSet<string>(knownPlaceholders, StringComparer.OrdinalIgnoreCase);
        var segments = new List<TemplateSegment>();
        var problems = new List<TemplateProblem>();
        var literal = new StringBuilder();
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (c == '{' && i + 1 < text.Length && text[i + 1] == '{')
            {
                literal.Append('{');
                i += 2;
            }
            else if (c == '}' && i + 1 < text.Length && text[i + 1] == '}')
            {
                literal.Append('}');
                i += 2;
            }
            else if (c == '}')
            {
                problems.Add(new TemplateProblem(i, $"lone '}}' at position {i} — write '}}}}' for a literal brace"));
                i++;
            }
            else if (c == '{')
            {
                var close = text.IndexOfAny(new[] { '}', '{' }, i + 1);
                if (close < 0 || text[close] == '{')
                {
                    problems.Add(new TemplateProblem(i, $"unclosed '{{' at position {i} — close the placeholder with '}}' or write '{{{{' for a literal brace"));
                    literal.Append(c);
                    i++;
                    continue;
                }

                var name = text.Substring(i + 1, close - i - 1).Trim();
                if (name.Length == 0)
                {
                    problems.Add(new TemplateProblem(i, $"empty placeholder '{{}}' at position {i} — put a placeholder name inside, or write '{{{{}}}}' for literal braces"));
                }
                else if (!known.Contains(name))
                {
                    problems.Add(new TemplateProblem(i, $"unknown placeholder {{{name}}} at position {i} — use one of {string.Join(", ", knownPlaceholders.Select(k => "{" + k + "}"))}"));
                }
                else
                {
                    Flush(literal, segments);
                    segments.Add(TemplateSegment.Placeholder(name));
                }

                i = close + 1;
            }
            else
            {
                literal.Append(c);
                i++;
            }
        }

        Flush(literal, segments);
        return problems.Count == 0
            ? new TemplateParseResult(new TaskTemplate(text, segments), problems)
            : new TemplateParseResult(null, problems);
    }

    /// <summary>Renders the template; placeholders absent from <paramref name="values"/> render as "n/a".</summary>
    public string Render(TemplateValues values)
    {
        if (values is null)
        {
            throw new ArgumentNullException(nameof(values));
        }

        var result = new StringBuilder();
        foreach (var segment in Segments)
        {
            result.Append(segment.IsPlaceholder ? values.Get(segment.Text) : segment.Text);
        }

        return result.ToString();
    }

    /// <inheritdoc />
    public override string ToString() => Source;

    private static void Flush(StringBuilder literal, List<TemplateSegment> segments)
    {
        if (literal.Length > 0)
        {
            segments.Add(TemplateSegment.Literal(literal.ToString()));
            literal.Clear();
        }
    }
}
