namespace CrmJourney.Solution.App;

/// <summary>A script function the form calls: on load (<paramref name="Column"/> null) or when a column changes.</summary>
/// <param name="Function">The function's full name, e.g. <c>CrmJourney.NurtureRuleForm.onLoad</c>; it receives the execution context.</param>
/// <param name="Column">The column whose change calls it, or null for the form's load.</param>
public sealed record FormEventHandler(string Function, string? Column = null)
{
    /// <summary>The form event's name as FormXml writes it.</summary>
    public string EventName => Column == null ? "onload" : "onchange";
}
