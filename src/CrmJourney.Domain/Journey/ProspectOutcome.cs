namespace CrmJourney.Domain.Journey;

/// <summary>
/// How a prospect's evaluation ended. The Dataverse choice value is 573100000 + the numeric value.
/// </summary>
public enum ProspectOutcome
{
    /// <summary>Still evaluating.</summary>
    Open = 0,

    /// <summary>Good feeling, wrong timing: revisit on the revisit date.</summary>
    NotNow = 1,

    /// <summary>Did not make the cut: do not nurture.</summary>
    NoWay = 2,
}
