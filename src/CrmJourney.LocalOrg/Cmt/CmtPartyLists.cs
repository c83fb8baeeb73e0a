using System;
using System.Collections.Generic;
using System.Linq;

namespace CrmJourney.LocalOrg.Cmt;

/// <summary>
/// The party-list fields of activities and the activityparty participation type each one holds
/// (Microsoft Learn, activityparty table: ParticipationTypeMask). data.xml nests an activity's parties in
/// these fields; LocalOrg keeps them as activityparty rows.
/// </summary>
/// <remarks>
/// Regarding (8) and owner (9) parties are kept by Dataverse itself and appear in no party-list field; a
/// row with such a type is written as an activityparty record of its own so nothing is lost.
/// </remarks>
internal static class CmtPartyLists
{
    public const string ActivityIdColumn = "activityid";
    public const string PartyIdColumn = "partyid";
    public const string MaskColumn = "participationtypemask";
    public const string ActivityPartyIdColumn = "activitypartyid";

    private static readonly Dictionary<string, int> _maskOfField = new(StringComparer.Ordinal)
    {
        ["from"] = 1,
        ["to"] = 2,
        ["cc"] = 3,
        ["bcc"] = 4,
        ["requiredattendees"] = 5,
        ["optionalattendees"] = 6,
        ["organizer"] = 7,
        ["resources"] = 10,
        ["customers"] = 11,
    };

    private static readonly Dictionary<int, string> _fieldOfMask = _maskOfField.ToDictionary(pair => pair.Value, pair => pair.Key);

    /// <summary>The participation type of a party-list field, or null for a field name cjp does not know.</summary>
    public static int? MaskOf(string field) => _maskOfField.TryGetValue(field, out var mask) ? mask : null;

    /// <summary>The party-list field holding parties of this type, or null when none does.</summary>
    public static string? FieldOf(int mask) => _fieldOfMask.TryGetValue(mask, out var field) ? field : null;
}
