namespace CrmJourney.Domain.Touchpoints;

/// <summary>The state of an activity (Dataverse statecode), as far as touchpoints care.</summary>
public enum ActivityState
{
    /// <summary>Open or scheduled: not a touchpoint yet.</summary>
    Open = 0,

    /// <summary>Completed: a touchpoint.</summary>
    Completed = 1,

    /// <summary>Cancelled: never a touchpoint.</summary>
    Cancelled = 2,
}
