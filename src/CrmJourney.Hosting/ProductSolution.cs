using System;
using System.IO;
using CrmJourney.LocalOrg.Metadata;
using CrmJourney.LocalOrg.Solution;

namespace CrmJourney.Hosting;

/// <summary>
/// The product's schema as LocalOrg metadata: the standard tables with the shipped solution's
/// extension columns merged in, plus its custom tables, choices, alternate keys and relationships,
/// read from the unpacked solution (the copy bundled next to this assembly by default). The bundled
/// schema is read once per process; the catalog is immutable, so every organization shares it.
/// </summary>
public static class ProductSolution
{
    /// <summary>The folder, under this assembly's directory, that holds the bundled copy of solution-package/src.</summary>
    public const string BundledFolderName = "solution";

    private static readonly Lazy<MetadataCatalog> _bundled = new(() => Read(BundledFolder()));

    /// <summary>The bundled schema's folder (next to this assembly).</summary>
    public static string BundledFolder() => Path.Combine(AppContext.BaseDirectory, BundledFolderName);

    /// <summary>The catalog of the bundled schema.</summary>
    public static MetadataCatalog Catalog() => _bundled.Value;

    /// <summary>The catalog of the schema in <paramref name="solutionFolder"/> (an unpacked solution's src folder).</summary>
    public static MetadataCatalog Read(string solutionFolder)
    {
        var catalog = MetadataCatalog.Empty.With(StandardTables.All);
        foreach (var relationship in StandardTables.Relationships)
        {
            catalog = catalog.With(relationship);
        }

        return catalog.WithSolution(solutionFolder);
    }
}
