namespace CrmJourney.Cli.Bench;

/// <summary>
/// How a completed activity of the initialization bench reaches its account, in the ways a real organization
/// records client contact (issue 12, item 0): regarding the account, regarding one of its contacts, regarding one
/// of its opportunities, or an email tracked with no regarding whose To party is one of its contacts.
/// </summary>
public enum InitActivityLink
{
    /// <summary>regardingobjectid = the account.</summary>
    RegardingAccount = 0,

    /// <summary>regardingobjectid = one of its contacts.</summary>
    RegardingContact = 1,

    /// <summary>regardingobjectid = one of its opportunities.</summary>
    RegardingOpportunity = 2,

    /// <summary>An email with no regarding; one activityparty row, To = one of its contacts.</summary>
    EmailToContact = 3,
}
