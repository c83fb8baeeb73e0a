using CrmJourney.LocalOrg.Metadata;

namespace CrmJourney.LocalOrg.Solution;

/// <summary>
/// Composes a <see cref="MetadataCatalog"/> with the shipped solution, the way the solution is imported
/// into an organization that already has the standard tables.
/// </summary>
public static class SolutionCatalogExtensions
{
    /// <summary>
    /// The catalog with the solution's tables added and its extension columns merged into the standard
    /// tables already present (declare those first, e.g. <c>MetadataCatalog.Empty.With(StandardTables.All)</c>),
    /// plus the solution's relationships.
    /// </summary>
    public static MetadataCatalog WithSolution(this MetadataCatalog catalog, SolutionMetadata solution)
    {
        var result = catalog.With(solution.Tables);
        foreach (var relationship in solution.Relationships)
        {
            result = result.With(relationship);
        }

        return result;
    }

    /// <summary>The catalog with the solution read from its unpacked <c>src</c> folder (see <see cref="SolutionMetadata.Read"/>).</summary>
    public static MetadataCatalog WithSolution(this MetadataCatalog catalog, string solutionSrcDirectory) =>
        catalog.WithSolution(SolutionMetadata.Read(solutionSrcDirectory));
}
