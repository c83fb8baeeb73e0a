using System;
using System.Collections.Generic;
using System.Linq;

namespace CrmJourney.Solution.Validation;

/// <summary>
/// The columns of the standard tables a solution commonly extends. An exported Entity.xml of a
/// standard table lists only the columns the solution adds, so the validator needs the table's own
/// columns from somewhere to check views, steps and relationships against it. The list holds the
/// system columns every table has plus each table's common business columns; a column missing here
/// is reported as unknown, so extend the list when a view or step uses another standard column.
/// </summary>
public static class StandardColumns
{
    private static readonly string[] _systemColumns =
    {
        "createdby", "createdon", "createdonbehalfby", "modifiedby", "modifiedon", "modifiedonbehalfby",
        "ownerid", "owninguser", "owningteam", "owningbusinessunit", "statecode", "statuscode", "versionnumber",
        "importsequencenumber", "overriddencreatedon", "timezoneruleversionnumber", "utcconversiontimezonecode",
        "transactioncurrencyid", "exchangerate", "processid", "stageid", "traversedpath",
    };

    private static readonly string[] _activityColumns =
    {
        "activityid", "subject", "description", "regardingobjectid", "scheduledstart", "scheduledend", "scheduleddurationminutes",
        "actualstart", "actualend", "actualdurationminutes", "prioritycode", "activitytypecode", "isregularactivity",
        "isbilled", "isworkflowcreated", "category", "subcategory",
    };

    private static readonly Dictionary<string, string[]> _tableColumns = new(StringComparer.OrdinalIgnoreCase)
    {
        ["account"] = new[]
        {
            "accountid", "name", "accountnumber", "parentaccountid", "primarycontactid", "telephone1", "telephone2", "fax",
            "emailaddress1", "websiteurl", "industrycode", "revenue", "numberofemployees", "description", "customertypecode",
            "accountcategorycode", "address1_line1", "address1_city", "address1_stateorprovince", "address1_postalcode",
            "address1_country", "donotemail", "donotphone", "lastusedincampaign", "originatingleadid",
        },
        ["contact"] = new[]
        {
            "contactid", "fullname", "firstname", "lastname", "parentcustomerid", "accountid", "emailaddress1", "telephone1",
            "mobilephone", "jobtitle", "description", "address1_city", "address1_country", "donotemail", "donotphone",
        },
        ["lead"] = new[]
        {
            "leadid", "subject", "fullname", "firstname", "lastname", "companyname", "emailaddress1", "telephone1", "parentaccountid",
            "parentcontactid", "customerid", "leadsourcecode", "qualifyingopportunityid", "description", "estimatedamount",
            "estimatedclosedate", "jobtitle",
        },
        ["opportunity"] = new[]
        {
            "opportunityid", "name", "customerid", "parentaccountid", "parentcontactid", "estimatedvalue", "estimatedclosedate",
            "actualvalue", "actualclosedate", "closeprobability", "originatingleadid", "description", "stepname", "salesstage",
            "opportunityratingcode", "purchasetimeframe", "budgetamount",
        },
        ["opportunityclose"] = new[] { "activityid", "opportunityid", "actualrevenue", "actualend", "competitorid", "subject", "description" },
        ["systemuser"] = new[]
        {
            "systemuserid", "fullname", "firstname", "lastname", "domainname", "internalemailaddress", "businessunitid",
            "isdisabled", "parentsystemuserid", "title",
        },
        ["team"] = new[] { "teamid", "name", "businessunitid", "teamtype", "administratorid" },
        ["businessunit"] = new[] { "businessunitid", "name", "parentbusinessunitid" },
        ["transactioncurrency"] = new[] { "transactioncurrencyid", "currencyname", "isocurrencycode", "currencysymbol" },
        ["organization"] = new[] { "organizationid", "name" },
        ["activitypointer"] = Array.Empty<string>(),
        ["task"] = new[] { "percentcomplete" },
        ["email"] = new[] { "sender", "torecipients", "directioncode", "from", "to", "cc", "bcc" },
        ["phonecall"] = new[] { "phonenumber", "directioncode", "from", "to" },
        ["appointment"] = new[] { "location", "requiredattendees", "optionalattendees", "isalldayevent" },
        ["letter"] = new[] { "address", "directioncode", "from", "to" },
    };

    private static readonly HashSet<string> _activityTables = new(StringComparer.OrdinalIgnoreCase)
    {
        "activitypointer", "task", "email", "phonecall", "appointment", "letter", "opportunityclose",
    };

    /// <summary>The standard tables the list knows, in name order.</summary>
    public static IReadOnlyList<string> Tables { get; } = _tableColumns.Keys.Order(StringComparer.Ordinal).ToList().AsReadOnly();

    /// <summary>Whether <paramref name="table"/> is a standard table the list knows.</summary>
    public static bool IsKnown(string table) => _tableColumns.ContainsKey(table);

    /// <summary>The columns of the standard table <paramref name="table"/> (empty when the table is not known).</summary>
    public static IReadOnlyCollection<string> Of(string table)
    {
        if (!_tableColumns.TryGetValue(table, out var own))
        {
            return Array.Empty<string>();
        }

        var columns = new HashSet<string>(own, StringComparer.OrdinalIgnoreCase);
        columns.UnionWith(_systemColumns);
        if (_activityTables.Contains(table))
        {
            columns.UnionWith(_activityColumns);
        }

        return columns;
    }
}
