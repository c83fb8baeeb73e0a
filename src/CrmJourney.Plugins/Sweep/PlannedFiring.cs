using System;

namespace CrmJourney.Plugins.Sweep;

/// <summary>
/// One firing as the summary lists it, so a dry run shows what it would create: the rule, the account
/// (or, for a digest, none), the task's or email's subject, who would get it, when it is due and why.
/// </summary>
/// <param name="RuleName">The rule that fired.</param>
/// <param name="AccountId">The account, or null for a digest.</param>
/// <param name="AccountName">The account's name, or the number of accounts for a digest.</param>
/// <param name="Subject">The task subject or the digest subject.</param>
/// <param name="AssigneeId">The task owner or the digest recipient.</param>
/// <param name="DueOn">The task's due date (the as-of date for a digest).</param>
/// <param name="Reason">Why it fired.</param>
public sealed record PlannedFiring(string RuleName, Guid? AccountId, string AccountName, string Subject, Guid AssigneeId, DateTime DueOn, string Reason);
