using System;
using System.IO;
using CrmJourney.Domain.Time;
using CrmJourney.LocalOrg;
using CrmJourney.LocalOrg.Metadata;
using CrmJourney.LocalOrg.Solution;

namespace CrmJourney.Cli.Organization;

/// <summary>
/// The organization every cjp command works in: LocalOrg with the standard tables and the shipped
/// schema, every product plugin step registered, async steps drained after each request (so a
/// command sees the touchpoint plugin's writes at once). One place, so the demo, sweep, preview and
/// report all run the same composition.
/// </summary>
public static class JourneyOrganization
{
    /// <summary>The folder, next to cjp, holding the copy of solution-package/src the schema is read from.</summary>
    public const string SchemaFolderName = "solution";

    private static readonly Lazy<MetadataCatalog> _catalog = new(ReadCatalog);

    /// <summary>A new, empty organization on <paramref name="clock"/> (the machine's clock when null), with ids from <paramref name="ids"/> (random when null).</summary>
    public static LocalOrganization Create(IClock? clock = null, Func<Guid>? ids = null)
    {
        var builder = LocalOrganization.CreateBuilder()
            .UseCatalog(_catalog.Value)
            .UseAutoDrainAsync(true);
        if (clock != null)
        {
            builder.UseClock(() => clock.UtcNow);
        }

        if (ids != null)
        {
            builder.UseIdGenerator(ids);
        }

        return builder.Build();
    }

    private static MetadataCatalog ReadCatalog()
    {
        var catalog = MetadataCatalog.Empty.With(StandardTables.All);
        foreach (var relationship in StandardTables.Relationships)
        {
            catalog = catalog.With(relationship);
        }

        return catalog.WithSolution(Path.Combine(AppContext.BaseDirectory, SchemaFolderName));
    }
}
