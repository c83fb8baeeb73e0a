using System.Collections.Generic;

namespace CrmJourney.LocalOrg.Metadata;

/// <summary>
/// The standard Dataverse tables the product touches, with only the columns it uses and their real
/// state/status values (Microsoft Learn, table/column reference for each table). The solution's
/// extension columns (cjp_…) are merged in later from Entity.xml; they are deliberately absent here.
/// </summary>
/// <remarks>
/// Status values: account/contact Active 0 (Active 1) / Inactive 1 (Inactive 2); lead Open 0 (New 1,
/// Contacted 2) / Qualified 1 (Qualified 3) / Disqualified 2 (Lost 4, Cannot Contact 5, No Longer
/// Interested 6, Canceled 7); opportunity Open 0 (In Progress 1, On Hold 2) / Won 1 (Won 3) / Lost 2
/// (Canceled 4, Out-Sold 5); task Open 0 (Not Started 2, In Progress 3, Waiting on someone else 4,
/// Deferred 7) / Completed 1 (Completed 5) / Canceled 2 (Canceled 6); email Open 0 (Draft 1, Failed 8)
/// / Completed 1 (Completed 2, Sent 3, Received 4, Pending Send 6, Sending 7) / Canceled 2 (Canceled 5);
/// phone call Open 0 (Open 1) / Completed 1 (Made 2, Received 4) / Canceled 2 (Canceled 3); appointment
/// Open 0 (Free 1, Tentative 2) / Completed 1 (Completed 3) / Canceled 2 (Canceled 4) / Scheduled 3
/// (Busy 5, Out of Office 6); letter Open 0 (Open 1, Draft 2) / Completed 1 (Received 3, Sent 4) /
/// Canceled 2 (Canceled 5); opportunity close Open 0 (Open 1) / Completed 1 (Completed 2) / Canceled 2
/// (Canceled 3).
/// </remarks>
public static class StandardTables
{
    /// <summary>Tables an activity's regarding column may point to in this product.</summary>
    private static readonly string[] _regardingTargets =
    {
        StandardTableNames.Account, StandardTableNames.Contact, StandardTableNames.Lead, StandardTableNames.Opportunity,
    };

    private static readonly string[] _customerTargets = { StandardTableNames.Account, StandardTableNames.Contact };

    /// <summary>account: organizations the firm works with.</summary>
    public static TableDefinition Account { get; } =
        TableDefinition.Create(StandardTableNames.Account, "accountid", "name", TableOwnership.UserOrTeam)
            .WithColumns(
                ColumnDefinition.String("name", 160),
                ColumnDefinition.String("accountnumber", 20),
                ColumnDefinition.Lookup("parentaccountid", StandardTableNames.Account),
                ColumnDefinition.Lookup("primarycontactid", StandardTableNames.Contact),
                ColumnDefinition.String("emailaddress1", 100),
                ColumnDefinition.String("telephone1", 50),
                ColumnDefinition.String("address1_city", 80),
                ColumnDefinition.Choice("industrycode"),
                ColumnDefinition.Money("revenue"),
                ColumnDefinition.Integer("numberofemployees"),
                ColumnDefinition.Memo("description", 2000))
            .WithStates(new StateDefinition(0, "Active", 1), new StateDefinition(1, "Inactive", 2));

    /// <summary>contact: people, usually at an account.</summary>
    public static TableDefinition Contact { get; } =
        TableDefinition.Create(StandardTableNames.Contact, "contactid", "fullname", TableOwnership.UserOrTeam)
            .WithColumns(
                ColumnDefinition.String("fullname", 160),
                ColumnDefinition.String("firstname", 50),
                ColumnDefinition.String("lastname", 50),
                ColumnDefinition.String("jobtitle", 100),
                ColumnDefinition.String("emailaddress1", 100),
                ColumnDefinition.String("telephone1", 50),
                ColumnDefinition.Lookup("parentcustomerid", _customerTargets),
                ColumnDefinition.Memo("description", 2000))
            .WithStates(new StateDefinition(0, "Active", 1), new StateDefinition(1, "Inactive", 2));

    /// <summary>lead: prospective business not yet qualified.</summary>
    public static TableDefinition Lead { get; } =
        TableDefinition.Create(StandardTableNames.Lead, "leadid", "fullname", TableOwnership.UserOrTeam)
            .WithColumns(
                ColumnDefinition.String("subject", 300),
                ColumnDefinition.String("fullname", 160),
                ColumnDefinition.String("firstname", 50),
                ColumnDefinition.String("lastname", 50),
                ColumnDefinition.String("companyname", 100),
                ColumnDefinition.String("emailaddress1", 100),
                ColumnDefinition.Lookup("parentaccountid", StandardTableNames.Account),
                ColumnDefinition.Lookup("parentcontactid", StandardTableNames.Contact),
                ColumnDefinition.Lookup("customerid", _customerTargets),
                ColumnDefinition.Money("estimatedamount"),
                ColumnDefinition.Memo("description", 2000))
            .WithStates(
                new StateDefinition(0, "Open", 1, 2),
                new StateDefinition(1, "Qualified", 3),
                new StateDefinition(2, "Disqualified", 4, 5, 6, 7));

    /// <summary>opportunity: potential revenue, won or lost.</summary>
    public static TableDefinition Opportunity { get; } =
        TableDefinition.Create(StandardTableNames.Opportunity, "opportunityid", "name", TableOwnership.UserOrTeam)
            .WithColumns(
                ColumnDefinition.String("name", 300),
                ColumnDefinition.Lookup("customerid", _customerTargets),
                ColumnDefinition.Lookup("parentaccountid", StandardTableNames.Account),
                ColumnDefinition.Lookup("parentcontactid", StandardTableNames.Contact),
                ColumnDefinition.Lookup("originatingleadid", StandardTableNames.Lead),
                ColumnDefinition.Money("estimatedvalue"),
                ColumnDefinition.Money("actualvalue"),
                ColumnDefinition.DateOnlyColumn("estimatedclosedate"),
                ColumnDefinition.DateOnlyColumn("actualclosedate"),
                ColumnDefinition.Integer("closeprobability"),
                ColumnDefinition.Memo("description", 2000))
            .WithStates(
                new StateDefinition(0, "Open", 1, 2),
                new StateDefinition(1, "Won", 3),
                new StateDefinition(2, "Lost", 4, 5));

    /// <summary>opportunityclose: the activity Win/LoseOpportunity records.</summary>
    public static TableDefinition OpportunityClose { get; } =
        Activity(StandardTableNames.OpportunityClose)
            .WithColumns(
                ColumnDefinition.Lookup("opportunityid", StandardTableNames.Opportunity),
                ColumnDefinition.Money("actualrevenue"),
                ColumnDefinition.DateOnlyColumn("actualend"))
            .WithStates(new StateDefinition(0, "Open", 1), new StateDefinition(1, "Completed", 2), new StateDefinition(2, "Canceled", 3));

    /// <summary>task activity.</summary>
    public static TableDefinition Task { get; } =
        Activity(StandardTableNames.Task)
            .WithColumns(ColumnDefinition.Integer("percentcomplete"))
            .WithStates(new StateDefinition(0, "Open", 2, 3, 4, 7), new StateDefinition(1, "Completed", 5), new StateDefinition(2, "Canceled", 6));

    /// <summary>
    /// email activity; sender and torecipients are the platform's text summaries, the parties themselves are
    /// activityparty rows written from the from/to/cc/bcc party lists.
    /// </summary>
    public static TableDefinition Email { get; } =
        Activity(StandardTableNames.Email)
            .WithColumns(
                ColumnDefinition.Boolean("directioncode"),
                ColumnDefinition.String("sender", 250),
                ColumnDefinition.Memo("torecipients", 500),
                ColumnDefinition.DateTime("senton"))
            .WithStates(new StateDefinition(0, "Open", 1, 8), new StateDefinition(1, "Completed", 2, 3, 4, 6, 7), new StateDefinition(2, "Canceled", 5));

    /// <summary>phonecall activity.</summary>
    public static TableDefinition PhoneCall { get; } =
        Activity(StandardTableNames.PhoneCall)
            .WithColumns(ColumnDefinition.Boolean("directioncode"), ColumnDefinition.String("phonenumber", 200))
            .WithStates(new StateDefinition(0, "Open", 1), new StateDefinition(1, "Completed", 2, 4), new StateDefinition(2, "Canceled", 3));

    /// <summary>appointment activity.</summary>
    public static TableDefinition Appointment { get; } =
        Activity(StandardTableNames.Appointment)
            .WithColumns(ColumnDefinition.String("location", 200), ColumnDefinition.DateTime("scheduledstart"))
            .WithStates(
                new StateDefinition(0, "Open", 1, 2),
                new StateDefinition(1, "Completed", 3),
                new StateDefinition(2, "Canceled", 4),
                new StateDefinition(3, "Scheduled", 5, 6));

    /// <summary>letter activity.</summary>
    public static TableDefinition Letter { get; } =
        Activity(StandardTableNames.Letter)
            .WithColumns(ColumnDefinition.Boolean("directioncode"), ColumnDefinition.String("address", 200))
            .WithStates(new StateDefinition(0, "Open", 1, 2), new StateDefinition(1, "Completed", 3, 4), new StateDefinition(2, "Canceled", 5));

    /// <summary>
    /// activitypointer: one row per activity of any type, with the columns all activities share and
    /// activitytypecode naming the type. Dataverse keeps it in step with the typed tables; LocalOrg does the
    /// same (see <see cref="Storage.ActivityPointerMirror"/>) when an organization adds this table. It is not
    /// part of <see cref="All"/>: only callers that read activities across types (the benchmark's per-account
    /// baseline) pay for the second copy of every activity. The state values cover every activity type's.
    /// </summary>
    public static TableDefinition ActivityPointer { get; } =
        Activity(StandardTableNames.ActivityPointer)
            .WithStates(
                new StateDefinition(0, "Open", 1, 2, 3, 4, 7, 8),
                new StateDefinition(1, "Completed", 2, 3, 4, 5, 6, 7),
                new StateDefinition(2, "Canceled", 3, 4, 5, 6),
                new StateDefinition(3, "Scheduled", 5, 6));

    /// <summary>
    /// activityparty: who took part in an activity, in which role (Microsoft Learn, "ActivityParty table"
    /// and the activityparty table reference). activityid is the typed activity; partyid is the account,
    /// contact, lead or user named (empty for an unresolved address, which keeps only addressused);
    /// participationtypemask holds the role, 1 Sender … 13 Related. The platform writes these rows from the
    /// activities' party-list columns (<see cref="Storage.ActivityPartyLists"/>); they are queried like any
    /// table. Dataverse also keeps Regarding (8) and Owner (9) rows; LocalOrg does not write those, since
    /// the regarding and owner columns carry the same facts.
    /// </summary>
    public static TableDefinition ActivityParty { get; } =
        TableDefinition.Create(StandardTableNames.ActivityParty, "activitypartyid", "addressused", TableOwnership.Organization)
            .WithColumns(
                ColumnDefinition.Lookup(
                    "activityid",
                    StandardTableNames.Email,
                    StandardTableNames.PhoneCall,
                    StandardTableNames.Appointment,
                    StandardTableNames.Letter,
                    StandardTableNames.Task),
                ColumnDefinition.Lookup("partyid", StandardTableNames.Account, StandardTableNames.Contact, StandardTableNames.Lead, StandardTableNames.SystemUser),
                ColumnDefinition.Choice("participationtypemask", 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13),
                ColumnDefinition.String("addressused", 200));

    /// <summary>systemuser: users (organization-level in LocalOrg; business units are not modelled).</summary>
    public static TableDefinition SystemUser { get; } =
        TableDefinition.Create(StandardTableNames.SystemUser, "systemuserid", "fullname", TableOwnership.Organization)
            .WithColumns(
                ColumnDefinition.String("fullname", 200),
                ColumnDefinition.String("firstname", 64),
                ColumnDefinition.String("lastname", 64),
                ColumnDefinition.String("internalemailaddress", 100),
                ColumnDefinition.Boolean("isdisabled"));

    /// <summary>team: owners like users.</summary>
    public static TableDefinition Team { get; } =
        TableDefinition.Create(StandardTableNames.Team, "teamid", "name", TableOwnership.Organization)
            .WithColumns(ColumnDefinition.String("name", 160));

    /// <summary>
    /// asyncoperation (system job), reduced to what LocalOrg records about async plugin work: name,
    /// message, table, status, error message and attempts. Status values follow Dataverse's system
    /// jobs: Ready 0 (Waiting For Resources 0), Suspended 1 (Waiting 10), Locked 2 (In Progress 20),
    /// Completed 3 (Succeeded 30, Failed 31, Canceled 32).
    /// </summary>
    public static TableDefinition AsyncOperation { get; } =
        TableDefinition.Create(StandardTableNames.AsyncOperation, "asyncoperationid", "name", TableOwnership.UserOrTeam)
            .WithColumns(
                ColumnDefinition.String("name", 256),
                ColumnDefinition.String("messagename", 256),
                ColumnDefinition.String("primaryentitytype", 64),
                ColumnDefinition.UniqueIdentifier("regardingobjectid"),
                ColumnDefinition.Memo("message"),
                ColumnDefinition.Integer("retrycount"),
                ColumnDefinition.DateTime("completedon"))
            .WithStates(
                new StateDefinition(0, "Ready", 0),
                new StateDefinition(1, "Suspended", 10),
                new StateDefinition(2, "Locked", 20),
                new StateDefinition(3, "Completed", 30, 31, 32));

    /// <summary>sdkmessage: a platform message, found by its name.</summary>
    public static TableDefinition SdkMessage { get; } =
        TableDefinition.Create(StandardTableNames.SdkMessage, "sdkmessageid", "name", TableOwnership.Organization);

    /// <summary>
    /// sdkmessagefilter: a message on one table. primaryobjecttypecode is an EntityName column in
    /// Dataverse, read and compared as the table's logical name, so it is text here.
    /// </summary>
    public static TableDefinition SdkMessageFilter { get; } =
        TableDefinition.Create(StandardTableNames.SdkMessageFilter, "sdkmessagefilterid", "name", TableOwnership.Organization)
            .WithColumns(
                ColumnDefinition.Lookup("sdkmessageid", StandardTableNames.SdkMessage),
                ColumnDefinition.String("primaryobjecttypecode", 64),
                ColumnDefinition.String("secondaryobjecttypecode", 64),
                ColumnDefinition.Boolean("iscustomprocessingstepallowed"));

    /// <summary>plugintype: a plug-in class, found by its namespace-qualified typename (the assembly is not modelled).</summary>
    public static TableDefinition PluginType { get; } =
        TableDefinition.Create(StandardTableNames.PluginType, "plugintypeid", "name", TableOwnership.Organization)
            .WithColumns(ColumnDefinition.String("typename", 256), ColumnDefinition.String("friendlyname", 256));

    /// <summary>
    /// sdkmessageprocessingstep: a registered step. Choices: stage 10 Pre-validation, 20 Pre-operation,
    /// 40 Post-operation (the platform's internal stages are not registrable); mode 0 Synchronous,
    /// 1 Asynchronous; supporteddeployment 0 Server Only, 1 Microsoft Dynamics 365 Client for Outlook
    /// Only, 2 Both. States: Enabled 0 (Enabled 1) / Disabled 1 (Disabled 2). eventhandler also accepts
    /// a service endpoint in Dataverse; only plug-in types are modelled.
    /// </summary>
    public static TableDefinition SdkMessageProcessingStep { get; } =
        TableDefinition.Create(StandardTableNames.SdkMessageProcessingStep, "sdkmessageprocessingstepid", "name", TableOwnership.Organization)
            .WithColumns(
                ColumnDefinition.String("description", 256),
                ColumnDefinition.Lookup("sdkmessageid", StandardTableNames.SdkMessage),
                ColumnDefinition.Lookup("sdkmessagefilterid", StandardTableNames.SdkMessageFilter),
                ColumnDefinition.Lookup("eventhandler", StandardTableNames.PluginType),
                ColumnDefinition.Choice("stage", 10, 20, 40),
                ColumnDefinition.Choice("mode", 0, 1),
                ColumnDefinition.Integer("rank"),
                ColumnDefinition.String("filteringattributes", 100000),
                ColumnDefinition.Memo("configuration"),
                ColumnDefinition.Choice("supporteddeployment", 0, 1, 2),
                ColumnDefinition.Boolean("asyncautodelete"))
            .WithStates(new StateDefinition(0, "Enabled", 1), new StateDefinition(1, "Disabled", 2));

    /// <summary>sdkmessageprocessingstepimage: an image of a step. imagetype 0 PreImage, 1 PostImage, 2 Both.</summary>
    public static TableDefinition SdkMessageProcessingStepImage { get; } =
        TableDefinition.Create(StandardTableNames.SdkMessageProcessingStepImage, "sdkmessageprocessingstepimageid", "name", TableOwnership.Organization)
            .WithColumns(
                ColumnDefinition.Lookup("sdkmessageprocessingstepid", StandardTableNames.SdkMessageProcessingStep),
                ColumnDefinition.Choice("imagetype", 0, 1, 2),
                ColumnDefinition.String("entityalias", 256),
                ColumnDefinition.String("messagepropertyname", 256),
                ColumnDefinition.String("attributes", 100000));

    /// <summary>
    /// The plug-in registration tables (Microsoft Learn, table reference of sdkmessage, sdkmessagefilter,
    /// plugintype, sdkmessageprocessingstep and sdkmessageprocessingstepimage), reduced to the columns
    /// deploy-time step registration reads and writes. Not part of <see cref="All"/>: LocalOrg runs steps
    /// from code, so only an organization that stands in for a deployment target adds them.
    /// </summary>
    public static IReadOnlyList<TableDefinition> PluginRegistration { get; } = new[]
    {
        SdkMessage, SdkMessageFilter, PluginType, SdkMessageProcessingStep, SdkMessageProcessingStepImage,
    };

    /// <summary>
    /// The platform tables every organization has, whether or not the caller asks for the standard
    /// tables: owners and system jobs.
    /// </summary>
    public static IReadOnlyList<TableDefinition> Platform { get; } = new[] { SystemUser, Team, AsyncOperation };

    /// <summary>Every standard table above (platform tables included).</summary>
    public static IReadOnlyList<TableDefinition> All { get; } = new[]
    {
        SystemUser, Team, AsyncOperation, Account, Contact, Lead, Opportunity, OpportunityClose, Task, Email, PhoneCall, Appointment, Letter, ActivityParty,
    };

    /// <summary>The standard one-to-many relationships among these tables that Associate may use.</summary>
    public static IReadOnlyList<RelationshipDefinition> Relationships { get; } = new[]
    {
        new RelationshipDefinition("contact_customer_accounts", StandardTableNames.Account, StandardTableNames.Contact, "parentcustomerid"),
        new RelationshipDefinition("account_primary_contact", StandardTableNames.Contact, StandardTableNames.Account, "primarycontactid"),
        new RelationshipDefinition("account_parent_account", StandardTableNames.Account, StandardTableNames.Account, "parentaccountid"),
        new RelationshipDefinition("opportunity_customer_accounts", StandardTableNames.Account, StandardTableNames.Opportunity, "customerid"),
        new RelationshipDefinition("opportunity_parent_account", StandardTableNames.Account, StandardTableNames.Opportunity, "parentaccountid"),
        new RelationshipDefinition("Account_Tasks", StandardTableNames.Account, StandardTableNames.Task, "regardingobjectid"),
        new RelationshipDefinition("Contact_Tasks", StandardTableNames.Contact, StandardTableNames.Task, "regardingobjectid"),
    };

    private static TableDefinition Activity(string logicalName) =>
        TableDefinition.Create(logicalName, "activityid", "subject", TableOwnership.UserOrTeam)
            .WithColumns(
                ColumnDefinition.String("subject", 400),
                ColumnDefinition.Memo("description"),
                ColumnDefinition.Lookup("regardingobjectid", _regardingTargets),
                ColumnDefinition.DateTime("scheduledend"),
                ColumnDefinition.DateTime("actualend"),
                ColumnDefinition.Integer("actualdurationminutes"),
                ColumnDefinition.Choice("prioritycode", 0, 1, 2),
                ColumnDefinition.String("activitytypecode", 64).AsSystem());
}
