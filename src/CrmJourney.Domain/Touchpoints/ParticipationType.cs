namespace CrmJourney.Domain.Touchpoints;

/// <summary>
/// The role a party plays in an activity: Dataverse's activityparty.participationtypemask, with the
/// integer values Microsoft Learn lists ("ActivityParty table", Activity Party Types:
/// https://learn.microsoft.com/power-apps/developer/data-platform/activityparty-entity).
/// Which activity column writes which role (same page, "Activity Party types available for each
/// activity"): email from/to/cc/bcc → 1/2/3/4; phone call from/to → 1/2; letter from/to/bcc → 1/2/4;
/// fax from/to → 1/2; appointment requiredattendees/optionalattendees/organizer → 5/6/7;
/// service appointment customers/resources → 11/10. Dataverse also stores a Regarding (8) and an
/// Owner (9) row for every activity; a task has no party lists of its own beyond those.
/// </summary>
public enum ParticipationType
{
    /// <summary>From (email, phone call, letter, fax).</summary>
    Sender = 1,

    /// <summary>To (email, phone call, letter, fax).</summary>
    ToRecipient = 2,

    /// <summary>Cc (email).</summary>
    CcRecipient = 3,

    /// <summary>Bcc (email, letter).</summary>
    BccRecipient = 4,

    /// <summary>Required attendee (appointment).</summary>
    RequiredAttendee = 5,

    /// <summary>Optional attendee (appointment).</summary>
    OptionalAttendee = 6,

    /// <summary>Organizer (appointment).</summary>
    Organizer = 7,

    /// <summary>The regarding row, mirrored as a party; the regarding column is what the definition reads.</summary>
    Regarding = 8,

    /// <summary>The activity's owner (a user or team).</summary>
    Owner = 9,

    /// <summary>A resource (service appointment: users, equipment).</summary>
    Resource = 10,

    /// <summary>A customer (service appointment, campaign response).</summary>
    Customer = 11,

    /// <summary>A participant in a Teams chat.</summary>
    ChatParticipant = 12,

    /// <summary>One or more related records.</summary>
    Related = 13,
}
