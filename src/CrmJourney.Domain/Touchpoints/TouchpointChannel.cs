namespace CrmJourney.Domain.Touchpoints;

/// <summary>
/// The channel of a completed activity that counts as a touchpoint with the client.
/// The Dataverse choice value (cjp_touchpointchannel) is 573100000 + the numeric value.
/// </summary>
public enum TouchpointChannel
{
    /// <summary>An email activity.</summary>
    Email = 0,

    /// <summary>A phone call activity.</summary>
    PhoneCall = 1,

    /// <summary>An appointment (meeting).</summary>
    Meeting = 2,

    /// <summary>A task completed with or for the client.</summary>
    Task = 3,

    /// <summary>A letter activity.</summary>
    Letter = 4,

    /// <summary>An event the client attended (an appointment categorised as an event).</summary>
    Event = 5,
}
