namespace CrmJourney.LocalOrg.Solution;

/// <summary>
/// Where SolutionPackager's unpacked layout keeps the files the metadata reader needs, relative to the
/// solution's <c>src</c> folder (solution-package/README.md, "Layout").
/// </summary>
internal static class SolutionPaths
{
    /// <summary>One folder per table, each with an Entity.xml.</summary>
    public const string Entities = "Entities";

    /// <summary>The table definition inside each table folder.</summary>
    public const string EntityFile = "Entity.xml";

    /// <summary>One file per global choice.</summary>
    public const string OptionSets = "OptionSets";

    /// <summary>One file per referenced table with its 1:N relationships.</summary>
    public const string Relationships = "Other/Relationships";

    /// <summary>Pattern of the XML files the reader looks at.</summary>
    public const string XmlPattern = "*.xml";
}
