namespace CrmJourney.LocalOrg.Solution;

/// <summary>
/// One 1:N relationship as a relationship file declares it, with logical (lower-case) names and the
/// file it came from, kept until the reader knows which lookups the tables actually have.
/// </summary>
internal sealed record SolutionRelationship(string Name, string ReferencedTable, string ReferencingTable, string ReferencingColumn, string File);
