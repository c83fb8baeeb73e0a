using System.Collections.Generic;

namespace CrmJourney.Domain.Templates;

/// <summary>
/// The outcome of <see cref="TaskTemplate.Parse"/>: the template when the text is valid, otherwise
/// every problem found (not only the first). Never both.
/// </summary>
public sealed class TemplateParseResult
{
    internal TemplateParseResult(TaskTemplate? template, IReadOnlyList<TemplateProblem> problems)
    {
        Template = template;
        Problems = problems;
    }

    /// <summary>The parsed template, or null when there are problems.</summary>
    public TaskTemplate? Template { get; }

    /// <summary>All problems, in the order they occur in the text; empty when valid.</summary>
    public IReadOnlyList<TemplateProblem> Problems { get; }

    /// <summary>True when the text parsed with no problem.</summary>
    public bool IsValid => Template is not null;
}
