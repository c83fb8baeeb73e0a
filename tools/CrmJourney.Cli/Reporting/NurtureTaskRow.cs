using System;

namespace CrmJourney.Cli.Reporting;

/// <summary>A task the nurture rules created (task.cjp_nurtureruleid set).</summary>
/// <param name="Id">The task id.</param>
/// <param name="RuleId">The rule that created it.</param>
/// <param name="AccountId">The account it is regarding, if any.</param>
/// <param name="OwnerId">Who it is assigned to.</param>
/// <param name="Subject">Its subject.</param>
/// <param name="Description">Its description (the reason).</param>
/// <param name="CreatedOn">When it was created.</param>
/// <param name="DueOn">When it is due, if set.</param>
/// <param name="Completed">True when completed.</param>
public sealed record NurtureTaskRow(Guid Id, Guid RuleId, Guid? AccountId, Guid? OwnerId, string Subject, string Description, DateTime CreatedOn, DateTime? DueOn, bool Completed);
