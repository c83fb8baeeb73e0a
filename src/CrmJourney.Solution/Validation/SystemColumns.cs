using System;
using System.Collections.Generic;

namespace CrmJourney.Solution.Validation;

/// <summary>
/// The columns the platform gives every table it creates, whether or not the exported Entity.xml
/// lists them: the audit and state columns, the owner columns of a user- or team-owned table (ownerid,
/// owninguser, owningteam, owningbusinessunit), organizationid of an organization-owned one, and the
/// activity columns of an activity table. Exports often omit owninguser, owningteam and
/// owningbusinessunit, yet the table's relationships to systemuser, team and businessunit use them.
/// </summary>
public static class SystemColumns
{
    private static readonly string[] _everyTable =
    {
        "createdby", "createdon", "createdonbehalfby", "modifiedby", "modifiedon", "modifiedonbehalfby", "statecode", "statuscode",
        "versionnumber", "importsequencenumber", "overriddencreatedon", "timezoneruleversionnumber", "utcconversiontimezonecode",
    };

    private static readonly string[] _userOwned = { "ownerid", "owninguser", "owningteam", "owningbusinessunit" };

    private static readonly string[] _organizationOwned = { "organizationid" };

    private static readonly string[] _activity =
    {
        "activityid", "subject", "description", "regardingobjectid", "scheduledstart", "scheduledend", "scheduleddurationminutes",
        "actualstart", "actualend", "actualdurationminutes", "prioritycode", "activitytypecode", "isregularactivity", "isbilled",
        "isworkflowcreated", "from", "to", "cc", "bcc", "requiredattendees", "optionalattendees", "customers", "partners", "organizer",
        "resources", "community", "sortdate", "senton", "deliveryprioritycode", "activityadditionalparams", "slaid", "slainvokedid",
        "instancetypecode", "seriesid", "exchangeweblink", "exchangeitemid", "leftvoicemail", "lastonholdtime", "onholdtime",
    };

    /// <summary>
    /// The implicit columns of the table <paramref name="table"/>: its primary key, the columns of every
    /// table, the owner columns unless <paramref name="organizationOwned"/>, and the activity columns when <paramref name="activity"/>.
    /// </summary>
    public static IReadOnlySet<string> Of(string table, bool organizationOwned, bool activity)
    {
        ArgumentNullException.ThrowIfNull(table);
        var columns = new HashSet<string>(_everyTable, StringComparer.OrdinalIgnoreCase) { table.ToLowerInvariant() + "id" };
        columns.UnionWith(organizationOwned ? _organizationOwned : _userOwned);
        if (activity)
        {
            columns.UnionWith(_activity);
        }

        return columns;
    }
}
