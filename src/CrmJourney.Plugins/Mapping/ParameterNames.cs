namespace CrmJourney.Plugins.Mapping;

/// <summary>
/// The InputParameters keys the product's plugins read, as the platform names them for each message.
/// </summary>
public static class ParameterNames
{
    /// <summary>The row of Create and Update (an Entity) or of Delete (an EntityReference).</summary>
    public const string Target = "Target";

    /// <summary>The opportunityclose activity passed with Win and Lose.</summary>
    public const string OpportunityClose = "OpportunityClose";

    /// <summary>The status reason (an OptionSetValue) passed with Win and Lose.</summary>
    public const string Status = "Status";
}
