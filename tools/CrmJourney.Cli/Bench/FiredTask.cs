using System;
using System.Globalization;

namespace CrmJourney.Cli.Bench;

/// <summary>
/// A nurture task as the comparison sees it: the account it is regarding, the rule that fired it, its
/// subject, its owner and its due date (date part). Two runs fired the same tasks when they wrote the
/// same set of these.
/// </summary>
/// <param name="AccountId">regardingobjectid.</param>
/// <param name="RuleId">cjp_nurtureruleid.</param>
/// <param name="Subject">subject.</param>
/// <param name="OwnerId">ownerid.</param>
/// <param name="DueOn">scheduledend's date.</param>
public sealed record FiredTask(Guid AccountId, Guid RuleId, string Subject, Guid OwnerId, DateTime DueOn) : IComparable<FiredTask>
{
    /// <inheritdoc />
    public int CompareTo(FiredTask? other)
    {
        if (other is null)
        {
            return 1;
        }

        var order = AccountId.CompareTo(other.AccountId);
        order = order != 0 ? order : RuleId.CompareTo(other.RuleId);
        order = order != 0 ? order : string.CompareOrdinal(Subject, other.Subject);
        order = order != 0 ? order : OwnerId.CompareTo(other.OwnerId);
        return order != 0 ? order : DueOn.CompareTo(other.DueOn);
    }

    /// <summary>The task in one line, for the difference message.</summary>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"\"{Subject}\" on account {AccountId:D} (rule {RuleId:D}, owner {OwnerId:D}, due {DueOn:yyyy-MM-dd})");
}
