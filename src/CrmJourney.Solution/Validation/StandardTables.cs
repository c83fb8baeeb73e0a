using System;
using System.Collections.Generic;
using System.Linq;

namespace CrmJourney.Solution.Validation;

/// <summary>
/// Tables a solution may name without shipping them: the platform's own tables (present in every
/// organization) and the tables of Microsoft's first-party solutions, recognised by their publisher
/// prefix. A reference to any other table the folder does not define — and Solution.xml does not
/// declare as a missing dependency — is a typo or a forgotten component, and the import fails on it.
/// The list holds the tables solutions commonly reference; extend it when a real export names another.
/// </summary>
public static class StandardTables
{
    private static readonly HashSet<string> _names = new(StringComparer.OrdinalIgnoreCase)
    {
        "account", "activitymimeattachment", "activityparty", "activitypointer", "annotation", "appointment", "appmodule",
        "asyncoperation", "attachment", "bookableresource", "bookableresourcebooking", "bulkoperation", "businessunit",
        "calendar", "campaign", "campaignactivity", "campaignresponse", "canvasapp", "category", "characteristic", "competitor",
        "connection", "connectionreference", "connectionrole", "connector", "constraintbasedgroup", "contact", "contract",
        "contractdetail", "contracttemplate", "customapi", "customapirequestparameter", "customapiresponseproperty", "customeraddress",
        "discount", "discounttype", "documenttemplate", "duplicaterule", "email", "emailserverprofile", "entitlement",
        "environmentvariabledefinition", "environmentvariablevalue", "equipment", "externalparty", "fax", "feedback", "fieldsecurityprofile",
        "fileattachment", "goal", "goalrollupquery", "incident", "incidentresolution", "invoice", "invoicedetail", "kbarticle",
        "knowledgearticle", "knowledgebaserecord", "lead", "letter", "list", "listmember", "mailbox", "metric", "msdyn_aimodel",
        "note", "opportunity", "opportunityclose", "opportunityproduct", "orderclose", "organization", "owner", "phonecall",
        "plugintype", "pluginassembly", "pluginpackage", "position", "post", "pricelevel", "principalobjectattributeaccess", "privilege",
        "processsession", "processstage", "product", "productpricelevel", "queue", "queueitem", "quote", "quoteclose", "quotedetail",
        "recurringappointmentmaster", "report", "resource", "resourcegroup", "role", "routingrule", "salesliterature", "salesorder",
        "salesorderdetail", "savedquery", "savedqueryvisualization", "sdkmessage", "sdkmessageprocessingstep", "service",
        "serviceappointment", "sharepointdocumentlocation", "sharepointsite", "site", "sla", "slakpiinstance", "socialactivity",
        "socialprofile", "solution", "solutioncomponent", "subject", "systemform", "systemuser", "systemuserroles", "task", "team",
        "teammembership", "teamroles", "template", "territory", "theme", "transactioncurrency", "uom", "uomschedule", "userquery",
        "webresource", "workflow", "syncerror", "bulkdeletefailure", "duplicaterecord", "mailboxtrackingfolder", "userentityinstancedata",
        "imagedescriptor", "expiredprocess", "newprocess", "translationprocess", "chat", "customerrelationship", "entityimageconfig",
        "externalpartyitem", "knowledgearticleincident", "msfp_surveyinvite", "msfp_surveyresponse", "recurrencerule", "sharepointdocument",
        "sdkmessageprocessingstepimage", "slaitem", "teamtemplate", "timezonedefinition", "usersettings",
    };

    // Prefixes of Microsoft's first-party solutions (Dynamics 365 apps, Power Pages, Forms Pro, Marketing…).
    private static readonly string[] _microsoftPrefixes =
    {
        "msdyn_", "msdynce_", "msdynmkt_", "mspp_", "adx_", "msfp_", "msevtmgt_", "mspcat_", "msa_", "mserp_", "msft_", "msdynci_", "mscrm_",
    };

    /// <summary>Whether <paramref name="table"/> exists without any solution: a platform table or a Microsoft first-party table.</summary>
    public static bool IsStandard(string table)
    {
        ArgumentNullException.ThrowIfNull(table);
        return _names.Contains(table) || _microsoftPrefixes.Any(p => table.StartsWith(p, StringComparison.OrdinalIgnoreCase));
    }
}
