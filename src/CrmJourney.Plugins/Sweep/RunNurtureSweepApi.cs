namespace CrmJourney.Plugins.Sweep;

/// <summary>
/// The names of the custom API cjp_RunNurtureSweep and of its request parameters and response
/// properties, exactly as solution-package/src/customapis/cjp_RunNurtureSweep declares them (all
/// request parameters are optional; the API is an unbound action).
/// </summary>
public static class RunNurtureSweepApi
{
    /// <summary>The API's unique name: the message name of its requests.</summary>
    public const string UniqueName = "cjp_RunNurtureSweep";

    /// <summary>The plugin type id customapi.xml points at.</summary>
    public const string PluginTypeId = "15de3977-aa8d-46af-8b6e-1b7059c4ea2f";

    /// <summary>
    /// Who may run the sweep: the holders of Write on nurture rules, which of the shipped roles only "Journey rules
    /// administrator" grants. A sweep creates tasks for every partner, moves accounts and sends digests, so it is
    /// sales operations' to start, not every user's.
    /// </summary>
    public const string ExecutePrivilegeName = "prvWritecjp_nurturerule";

    /// <summary>The request parameters.</summary>
    public static class Inputs
    {
        /// <summary>DateTime: the instant the sweep evaluates against (default: the operation's time).</summary>
        public const string AsOf = "AsOf";

        /// <summary>Boolean: compute everything, write nothing (absent = false).</summary>
        public const string DryRun = "DryRun";

        /// <summary>Guid: evaluate only this rule.</summary>
        public const string RuleId = "RuleId";

        /// <summary>String: the token a previous call returned, to continue that sweep.</summary>
        public const string ContinuationToken = "ContinuationToken";
    }

    /// <summary>The response properties.</summary>
    public static class Outputs
    {
        /// <summary>String: the JSON summary.</summary>
        public const string Summary = "Summary";

        /// <summary>String: pass back to continue; empty when the sweep is complete.</summary>
        public const string ContinuationToken = "ContinuationToken";

        /// <summary>Boolean: true when the sweep has finished.</summary>
        public const string Completed = "Completed";
    }
}
