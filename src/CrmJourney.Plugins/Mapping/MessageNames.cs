namespace CrmJourney.Plugins.Mapping;

/// <summary>
/// The Dataverse message names the product's steps register on, so registrations and plugins never
/// spell a message as a literal. The values are the platform's SdkMessage names.
/// </summary>
public static class MessageNames
{
    /// <summary>A row is created.</summary>
    public const string Create = "Create";

    /// <summary>A row is updated (SetState also runs this pipeline in current Dataverse).</summary>
    public const string Update = "Update";

    /// <summary>A row is deleted.</summary>
    public const string Delete = "Delete";

    /// <summary>An opportunity is closed as won (WinOpportunityRequest).</summary>
    public const string Win = "Win";

    /// <summary>An opportunity is closed as lost (LoseOpportunityRequest).</summary>
    public const string Lose = "Lose";
}
