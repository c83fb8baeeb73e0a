namespace CrmJourney.LocalOrg.Metadata;

/// <summary>Logical names of the standard Dataverse tables LocalOrg declares in code.</summary>
public static class StandardTableNames
{
    /// <summary>Organizations the firm works with.</summary>
    public const string Account = "account";

    /// <summary>People, usually at an account.</summary>
    public const string Contact = "contact";

    /// <summary>Prospective business not yet qualified.</summary>
    public const string Lead = "lead";

    /// <summary>Potential revenue; won or lost.</summary>
    public const string Opportunity = "opportunity";

    /// <summary>The activity recording how an opportunity was closed.</summary>
    public const string OpportunityClose = "opportunityclose";

    /// <summary>Task activity.</summary>
    public const string Task = "task";

    /// <summary>Email activity.</summary>
    public const string Email = "email";

    /// <summary>Phone call activity.</summary>
    public const string PhoneCall = "phonecall";

    /// <summary>Appointment activity.</summary>
    public const string Appointment = "appointment";

    /// <summary>Letter activity.</summary>
    public const string Letter = "letter";

    /// <summary>
    /// Every activity of every type, one row per activity, kept by the platform (never written directly):
    /// what a client queries to list an account's activities of all types in one request.
    /// </summary>
    public const string ActivityPointer = "activitypointer";

    /// <summary>
    /// The parties of activities (from, to, cc, bcc, attendees, organizer…): one row per party and role,
    /// written by the platform from an activity's party-list columns.
    /// </summary>
    public const string ActivityParty = "activityparty";

    /// <summary>Users.</summary>
    public const string SystemUser = "systemuser";

    /// <summary>Teams (owners like users).</summary>
    public const string Team = "team";

    /// <summary>LocalOrg's record of async work that failed or finished (Dataverse's system jobs).</summary>
    public const string AsyncOperation = "asyncoperation";

    /// <summary>Platform messages (Create, Update, Win…): read-only rows every organization ships with.</summary>
    public const string SdkMessage = "sdkmessage";

    /// <summary>Which table a platform message is available for, and whether custom steps may be registered on it.</summary>
    public const string SdkMessageFilter = "sdkmessagefilter";

    /// <summary>A plug-in class of an imported plug-in assembly or package.</summary>
    public const string PluginType = "plugintype";

    /// <summary>A plug-in step: which plug-in type runs on which message, table, stage and mode.</summary>
    public const string SdkMessageProcessingStep = "sdkmessageprocessingstep";

    /// <summary>A pre- or post-image registered on a plug-in step.</summary>
    public const string SdkMessageProcessingStepImage = "sdkmessageprocessingstepimage";
}
