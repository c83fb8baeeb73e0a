using System;
using System.Collections.Generic;

namespace CrmJourney.Solution.App;

/// <summary>
/// Type and display name of the standard-table columns the app's forms and views show. An exported
/// Entity.xml of a standard table lists only the columns a solution adds, so the platform's own
/// columns (account name, owner, task subject…) are described here; a form naming a standard column
/// missing from this list fails generation, so add it here with its platform display name.
/// </summary>
public static class StandardColumnLabels
{
    private static readonly Dictionary<string, Dictionary<string, ColumnInfo>> _tables = new(StringComparer.OrdinalIgnoreCase)
    {
        ["account"] = new(StringComparer.OrdinalIgnoreCase)
        {
            ["name"] = new("nvarchar", "Account Name"),
            ["telephone1"] = new("nvarchar", "Main Phone"),
            ["websiteurl"] = new("nvarchar", "Website"),
            ["parentaccountid"] = new("lookup", "Parent Account"),
            ["ownerid"] = new("owner", "Owner"),
            ["statecode"] = new("state", "Status"),
        },
        ["lead"] = new(StringComparer.OrdinalIgnoreCase)
        {
            ["subject"] = new("nvarchar", "Topic"),
            ["fullname"] = new("nvarchar", "Name"),
            ["companyname"] = new("nvarchar", "Company Name"),
            ["emailaddress1"] = new("nvarchar", "Email"),
            ["telephone1"] = new("nvarchar", "Business Phone"),
            ["ownerid"] = new("owner", "Owner"),
        },
        ["opportunity"] = new(StringComparer.OrdinalIgnoreCase)
        {
            ["name"] = new("nvarchar", "Topic"),
            ["customerid"] = new("customer", "Potential Customer"),
            ["estimatedvalue"] = new("money", "Est. Revenue"),
            ["estimatedclosedate"] = new("datetime", "Est. Close Date"),
            ["ownerid"] = new("owner", "Owner"),
        },
        ["task"] = new(StringComparer.OrdinalIgnoreCase)
        {
            ["subject"] = new("nvarchar", "Subject"),
            ["regardingobjectid"] = new("lookup", "Regarding"),
            ["ownerid"] = new("owner", "Owner"),
            ["scheduledend"] = new("datetime", "Due Date"),
            ["prioritycode"] = new("picklist", "Priority"),
            ["statecode"] = new("state", "Activity Status"),
        },
    };

    /// <summary>The type and label of a standard column, or null when the list does not know it.</summary>
    public static ColumnInfo? Find(string table, string column) =>
        _tables.TryGetValue(table, out var columns) && columns.TryGetValue(column, out var info) ? info : null;
}
