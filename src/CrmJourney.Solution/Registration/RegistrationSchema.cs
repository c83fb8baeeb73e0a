namespace CrmJourney.Solution.Registration;

/// <summary>
/// The logical names of the plug-in registration tables and of the columns <see cref="StepRegistrar"/>
/// reads and writes (Microsoft Learn, Dataverse table reference:
/// https://learn.microsoft.com/power-apps/developer/data-platform/reference/entities/sdkmessage,
/// …/sdkmessagefilter, …/plugintype, …/sdkmessageprocessingstep and …/sdkmessageprocessingstepimage).
/// </summary>
public static class RegistrationSchema
{
    /// <summary>sdkmessage: the platform's messages; read-only, found by name.</summary>
    public static class Message
    {
        /// <summary>The table.</summary>
        public const string Table = "sdkmessage";

        /// <summary>The message name (Create, Win…).</summary>
        public const string Name = "name";
    }

    /// <summary>sdkmessagefilter: a message on one table; read-only.</summary>
    public static class Filter
    {
        /// <summary>The table.</summary>
        public const string Table = "sdkmessagefilter";

        /// <summary>Lookup to the sdkmessage.</summary>
        public const string MessageId = "sdkmessageid";

        /// <summary>The table's logical name (an EntityName column, compared as text).</summary>
        public const string PrimaryObjectTypeCode = "primaryobjecttypecode";

        /// <summary>The second table of two-table messages; "none" for single-table ones.</summary>
        public const string SecondaryObjectTypeCode = "secondaryobjecttypecode";

        /// <summary>Whether custom steps may be registered on this message and table.</summary>
        public const string IsCustomProcessingStepAllowed = "iscustomprocessingstepallowed";
    }

    /// <summary>plugintype: a plug-in class of an imported assembly or package.</summary>
    public static class PluginType
    {
        /// <summary>The table.</summary>
        public const string Table = "plugintype";

        /// <summary>The class's namespace-qualified name.</summary>
        public const string TypeName = "typename";
    }

    /// <summary>sdkmessageprocessingstep: a registered step.</summary>
    public static class Step
    {
        /// <summary>The table.</summary>
        public const string Table = "sdkmessageprocessingstep";

        /// <summary>The primary key.</summary>
        public const string Id = "sdkmessageprocessingstepid";

        /// <summary>The step's name.</summary>
        public const string Name = "name";

        /// <summary>What the step does.</summary>
        public const string Description = "description";

        /// <summary>Lookup to the sdkmessage.</summary>
        public const string MessageId = "sdkmessageid";

        /// <summary>Lookup to the sdkmessagefilter (the table); empty for a message with no table.</summary>
        public const string FilterId = "sdkmessagefilterid";

        /// <summary>Lookup to the plugintype that runs (the older plugintypeid column is deprecated in its favour).</summary>
        public const string EventHandler = "eventhandler";

        /// <summary>Choice: 10 pre-validation, 20 pre-operation, 40 post-operation.</summary>
        public const string Stage = "stage";

        /// <summary>Choice: 0 synchronous, 1 asynchronous.</summary>
        public const string Mode = "mode";

        /// <summary>Order among steps of the same stage.</summary>
        public const string Rank = "rank";

        /// <summary>Comma-separated columns whose change triggers the step.</summary>
        public const string FilteringAttributes = "filteringattributes";

        /// <summary>The unsecure configuration passed to the plug-in's constructor.</summary>
        public const string Configuration = "configuration";

        /// <summary>Choice: 0 server only, 1 Outlook client only, 2 both.</summary>
        public const string SupportedDeployment = "supporteddeployment";

        /// <summary>Whether a successful asynchronous job is deleted.</summary>
        public const string AsyncAutoDelete = "asyncautodelete";
    }

    /// <summary>sdkmessageprocessingstepimage: a pre- or post-image of a step.</summary>
    public static class Image
    {
        /// <summary>The table.</summary>
        public const string Table = "sdkmessageprocessingstepimage";

        /// <summary>The primary key.</summary>
        public const string Id = "sdkmessageprocessingstepimageid";

        /// <summary>Lookup to the step.</summary>
        public const string StepId = "sdkmessageprocessingstepid";

        /// <summary>The image's name.</summary>
        public const string Name = "name";

        /// <summary>The key the plug-in reads the image by.</summary>
        public const string EntityAlias = "entityalias";

        /// <summary>Choice: 0 pre-image, 1 post-image, 2 both.</summary>
        public const string ImageType = "imagetype";

        /// <summary>The request parameter the image is taken from (Target, id, EntityMoniker…).</summary>
        public const string MessagePropertyName = "messagepropertyname";

        /// <summary>Comma-separated columns of the image.</summary>
        public const string Attributes = "attributes";
    }
}
