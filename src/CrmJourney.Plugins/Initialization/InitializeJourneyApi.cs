namespace CrmJourney.Plugins.Initialization;

/// <summary>
/// The names of the custom API cjp_InitializeJourney and of its request parameters and response properties, exactly
/// as solution-package/src/customapis/cjp_InitializeJourney declares them (every request parameter is optional; the
/// API is an unbound action).
/// </summary>
public static class InitializeJourneyApi
{
    /// <summary>The API's unique name: the message name of its requests.</summary>
    public const string UniqueName = "cjp_InitializeJourney";

    /// <summary>The plugin type id customapi.xml points at.</summary>
    public const string PluginTypeId = "8d0f3c52-6e1b-4f7a-9c35-2b4e7a91d6e0";

    /// <summary>
    /// Who may run it: the holders of Write on nurture rules (the shipped "Journey rules administrator" role, and system
    /// administrators) — the people who run the sweep. It writes every account's stage and history at once.
    /// </summary>
    public const string ExecutePrivilegeName = "prvWritecjp_nurturerule";

    /// <summary>The request parameters.</summary>
    public static class Inputs
    {
        /// <summary>DateTime: history up to this instant counts (default: the operation's time).</summary>
        public const string AsOf = "AsOf";

        /// <summary>Boolean: derive everything, write nothing (absent = false).</summary>
        public const string DryRun = "DryRun";

        /// <summary>Integer: days a won opportunity's engagement is assumed to last (default 180).</summary>
        public const string EngagementLengthDays = "EngagementLengthDays";

        /// <summary>Guid: the cjp_serviceline for won opportunities that name none (default: none — those accounts are skipped).</summary>
        public const string FallbackServiceLineId = "FallbackServiceLineId";

        /// <summary>String: the token a previous call returned, to continue that initialization.</summary>
        public const string ContinuationToken = "ContinuationToken";
    }

    /// <summary>The response properties.</summary>
    public static class Outputs
    {
        /// <summary>String: the JSON summary.</summary>
        public const string Summary = "Summary";

        /// <summary>String: pass back to continue; empty when the initialization is complete.</summary>
        public const string ContinuationToken = "ContinuationToken";

        /// <summary>Boolean: true when every account without a stage has been looked at.</summary>
        public const string Completed = "Completed";
    }
}
