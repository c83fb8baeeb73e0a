using System;
using System.Collections.Generic;
using CrmJourney.LocalOrg.Metadata;

namespace CrmJourney.LocalOrg.Storage;

/// <summary>
/// The party-list columns of the activity tables and the activityparty role each writes, as Microsoft
/// Learn lists them ("ActivityParty table", Activity Party types available for each activity): email
/// from/to/cc/bcc → Sender 1, ToRecipient 2, CCRecipient 3, BccRecipient 4; phone call from/to → 1, 2;
/// letter from/to/bcc → 1, 2, 4; appointment requiredattendees/optionalattendees/organizer → 5, 6, 7.
/// A task has none. A write of such a column is an EntityCollection of activityparty entities (each
/// with partyid, or addressused alone for an address no row resolves); the platform stores them as
/// activityparty rows, replacing the rows of that role, and they are queried through that table.
/// </summary>
internal static class ActivityPartyLists
{
    private static readonly Dictionary<string, Dictionary<string, int>> _roles = new(StringComparer.Ordinal)
    {
        [StandardTableNames.Email] = new(StringComparer.Ordinal) { ["from"] = 1, ["to"] = 2, ["cc"] = 3, ["bcc"] = 4 },
        [StandardTableNames.PhoneCall] = new(StringComparer.Ordinal) { ["from"] = 1, ["to"] = 2 },
        [StandardTableNames.Letter] = new(StringComparer.Ordinal) { ["from"] = 1, ["to"] = 2, ["bcc"] = 4 },
        [StandardTableNames.Appointment] = new(StringComparer.Ordinal) { ["requiredattendees"] = 5, ["optionalattendees"] = 6, ["organizer"] = 7 },
    };

    /// <summary>The role <paramref name="column"/> of <paramref name="table"/> writes, or null when it is not a party list there.</summary>
    public static int? RoleOf(string table, string column) =>
        _roles.TryGetValue(table, out var columns) && columns.TryGetValue(column, out var role) ? role : null;

    /// <summary>True when the table has party-list columns.</summary>
    public static bool HasPartyLists(string table) => _roles.ContainsKey(table);
}
