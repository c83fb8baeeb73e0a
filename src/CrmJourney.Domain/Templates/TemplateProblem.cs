namespace CrmJourney.Domain.Templates;

/// <summary>
/// Something wrong with a template's text, found when it is parsed: where (0-based character
/// position in the template) and a sentence saying what is wrong and how to fix it.
/// </summary>
public sealed record TemplateProblem(int Position, string Message);
