namespace CrmJourney.Plugins.Schema;

/// <summary>
/// The activityparty table: one row per party of an activity and role (participationtypemask), which
/// Dataverse writes from the activities' party-list columns (from, to, cc, bcc, attendees, organizer).
/// </summary>
public static class ActivityParty
{
    /// <summary>The table's logical name.</summary>
    public const string LogicalName = "activityparty";

    /// <summary>The primary id column.</summary>
    public const string PrimaryIdAttribute = "activitypartyid";

    /// <summary>The column logical names this product reads or writes.</summary>
    public static class Columns
    {
        public const string ActivityPartyId = "activitypartyid";

        /// <summary>The activity the party belongs to.</summary>
        public const string ActivityId = "activityid";

        /// <summary>The account, contact, lead or user named (empty for an unresolved address).</summary>
        public const string PartyId = "partyid";

        /// <summary>The role: 1 Sender, 2 To, 3 Cc, 4 Bcc, 5 Required, 6 Optional, 7 Organizer … 11 Customer.</summary>
        public const string ParticipationTypeMask = "participationtypemask";
    }
}
