namespace CrmJourney.Domain.Engagements;

/// <summary>
/// The status of an engagement (cjp_engagement.statuscode). Only Active and Completed engagements
/// count towards the journey; Planned and Cancelled are ignored by every counter.
/// The Dataverse choice value is 573100000 + the numeric value.
/// </summary>
public enum EngagementStatus
{
    /// <summary>Agreed but not started: does not make the account an active client yet.</summary>
    Planned = 0,

    /// <summary>Work in progress: the account is an active client.</summary>
    Active = 1,

    /// <summary>Work delivered: counts as a completed engagement and a service line bought.</summary>
    Completed = 2,

    /// <summary>Called off: counts for nothing.</summary>
    Cancelled = 3,
}
