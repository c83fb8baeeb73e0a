using System;
using System.Linq;
using CrmJourney.Domain.Templates;

namespace CrmJourney.Domain.Tests.Templates;

public sealed class TaskTemplateTests
{
    private static readonly string[] _known = { "account.name", "stage", "reason" };

    [Fact]
    public void A_template_is_parsed_once_into_literal_and_placeholder_segments()
    {
        var template = Parse("Call {account.name} about {reason}.");

        Assert.Equal(
            new[] { (false, "Call "), (true, "account.name"), (false, " about "), (true, "reason"), (false, ".") },
            template.Segments.Select(s => (s.IsPlaceholder, s.Text)));
    }

    [Fact]
    public void Rendering_replaces_each_placeholder_with_its_value()
    {
        var values = TemplateValues.Empty.With("account.name", "Acme Ltd").With("reason", "No touchpoint for 143 days");

        Assert.Equal("Call Acme Ltd about No touchpoint for 143 days.", Parse("Call {account.name} about {reason}.").Render(values));
    }

    [Fact]
    public void Placeholder_names_are_case_insensitive_and_may_have_spaces_inside_the_braces()
    {
        var values = TemplateValues.Empty.With("account.name", "Acme Ltd");

        Assert.Equal("Acme Ltd/Acme Ltd", Parse("{Account.Name}/{ account.name }").Render(values));
    }

    [Fact]
    public void Double_braces_are_literal_braces()
    {
        var values = TemplateValues.Empty.With("stage", "Prospect");

        Assert.Equal("{stage} is Prospect {}", Parse("{{stage}} is {stage} {{}}").Render(values));
    }

    [Fact]
    public void A_placeholder_without_a_value_renders_as_not_available_instead_of_failing()
    {
        Assert.Equal("Reason: n/a", Parse("Reason: {reason}").Render(TemplateValues.Empty));
    }

    [Fact]
    public void An_unknown_placeholder_is_a_parse_problem_with_its_position_and_the_known_names()
    {
        var result = TaskTemplate.Parse("Hi {acount.name}", _known);

        Assert.False(result.IsValid);
        var problem = Assert.Single(result.Problems);
        Assert.Equal(3, problem.Position);
        Assert.Equal("unknown placeholder {acount.name} at position 3 — use one of {account.name}, {stage}, {reason}", problem.Message);
    }

    [Fact]
    public void An_unclosed_brace_is_a_parse_problem_suggesting_the_escape()
    {
        var problem = Assert.Single(TaskTemplate.Parse("Hi {account.name", _known).Problems);

        Assert.Equal(3, problem.Position);
        Assert.Contains("write '{{' for a literal brace", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_lone_closing_brace_is_a_parse_problem()
    {
        var problem = Assert.Single(TaskTemplate.Parse("Hi }", _known).Problems);

        Assert.Equal(3, problem.Position);
        Assert.Contains("write '}}' for a literal brace", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_empty_placeholder_is_a_parse_problem()
    {
        Assert.Contains("empty placeholder", Assert.Single(TaskTemplate.Parse("Hi {}", _known).Problems).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_problem_in_a_template_is_reported()
    {
        var result = TaskTemplate.Parse("{a} and {b} and }", _known);

        Assert.Equal(new[] { 0, 8, 16 }, result.Problems.Select(p => p.Position));
    }

    [Fact]
    public void The_placeholders_used_are_listed_once_each_in_order()
    {
        Assert.Equal(new[] { "reason", "account.name" }, Parse("{reason} {account.name} {reason}").Placeholders);
    }

    [Fact]
    public void A_missing_template_parses_as_empty_text()
    {
        var template = Parse(null);

        Assert.Empty(template.Segments);
        Assert.Equal(string.Empty, template.Render(TemplateValues.Empty));
    }

    private static TaskTemplate Parse(string? text)
    {
        var result = TaskTemplate.Parse(text, _known);
        Assert.True(result.IsValid, string.Join("; ", result.Problems.Select(p => p.Message)));
        return result.Template!;
    }
}
