namespace CrmJourney.Domain.Rules.Evaluators;

/// <summary>
/// Who gets a task, and when the rule's choice was missing and the account owner stands in, the note
/// that says so (appended to the firing's reason).
/// </summary>
/// <param name="Principal">The task's owner.</param>
/// <param name="FallbackNote">Null when the rule's assignee was found; otherwise e.g. "no relationship partner set; assigned to the account owner".</param>
public sealed record ResolvedAssignee(PrincipalRef Principal, string? FallbackNote);
