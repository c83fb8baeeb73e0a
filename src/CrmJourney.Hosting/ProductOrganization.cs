using System.Linq;
using CrmJourney.LocalOrg;
using CrmJourney.LocalOrg.Metadata;
using CrmJourney.LocalOrg.Pipeline;
using CrmJourney.LocalOrg.Solution;
using CrmJourney.Plugins.Registration;
using CrmJourney.Plugins.Sweep;

namespace CrmJourney.Hosting;

/// <summary>
/// The product running in LocalOrg: the standard tables and the shipped schema
/// (<see cref="ProductSolution"/>), every step of <see cref="PluginCatalog.ForProductPlugins"/>
/// registered through <see cref="PluginStepAdapter"/>, every custom API the plugins declare (with its
/// execute privilege) and the shipped security roles. What the tests, the cjp CLI and the benchmarks compose, so all three
/// run the plugins through the same registrations that ship.
/// </summary>
/// <example>
/// <code>
/// var org = ProductOrganization.Create(new ProductOrganizationOptions { Clock = new FixedClock(now), AutoDrainAsync = true });
/// var accountId = org.Create(new Entity("account") { ["name"] = "Contoso" });
/// </code>
/// <see cref="CreateBuilder"/> returns LocalOrg's builder for callers that add more (a fault
/// injector's handler, an extra test plugin) before <c>Build()</c>.
/// </example>
public static class ProductOrganization
{
    /// <summary>The nurture sweep's custom API (solution-package/src/customapis).</summary>
    public const string SweepApiName = "cjp_RunNurtureSweep";

    /// <summary>The plugin type the custom API runs as its main operation.</summary>
    public const string SweepPluginTypeName = "CrmJourney.Plugins.Sweep.RunNurtureSweepPlugin";

    /// <summary>An organization composed with <paramref name="options"/> (the defaults when null).</summary>
    public static LocalOrganization Create(ProductOrganizationOptions? options = null) => CreateBuilder(options).Build();

    /// <summary>LocalOrg's builder with the product composed in, for callers that add more before building.</summary>
    public static LocalOrganizationBuilder CreateBuilder(ProductOrganizationOptions? options = null)
    {
        var settings = options ?? ProductOrganizationOptions.Default;
        var catalog = settings.SolutionFolder == null ? ProductSolution.Catalog() : ProductSolution.Read(settings.SolutionFolder);
        var plugins = PluginCatalog.ForProductPlugins();
        var builder = LocalOrganization.CreateBuilder()
            .UseCatalog(catalog)
            .AddPluginSteps(plugins.Steps.Where(step => step.Message != SweepApiName).Select(PluginStepAdapter.ToLocalStep))
            .UseAutoDrainAsync(settings.AutoDrainAsync);
        // Dataverse always has activitypointer; the initialization from history reads activities of every type through
        // it (one query per page, not five), so the product's organization keeps it in step too unless told otherwise.
        if (settings.KeepActivityPointer)
        {
            builder.AddTable(StandardTables.ActivityPointer);
        }

        if (settings.Clock is { } clock)
        {
            builder.UseClock(() => clock.UtcNow);
        }

        if (settings.IdGenerator is { } ids)
        {
            builder.UseIdGenerator(ids);
        }

        if (settings.CostModel is { } model)
        {
            builder.UseCostModel(model)
                .AddPluginService(typeof(ISweepStopwatch), (organization, context) => new ModeledSweepStopwatch(organization.ModeledClock!, context.InitiatingUserId));
        }
        else
        {
            builder.AddPluginService(typeof(ISweepStopwatch), (_, _) => new UnmeteredSweepStopwatch());
        }

        // Every custom API the plugins declare, with the execute privilege its customapi.xml ships.
        foreach (var api in plugins.CustomApis)
        {
            var construct = PluginStepAdapter.ConstructorFor(api.PluginType);
            builder.AddCustomApi(new CustomApiDefinition(api.UniqueName, api.BoundTable, api.PluginType.FullName!, () => construct(null, null), api.ExecutePrivilegeName));
        }

        // The shipped security roles, so users can be given them and custom APIs check their execute privilege.
        builder.AddSecurityRoles(RoleXmlReader.Read(settings.SolutionFolder ?? ProductSolution.BundledFolder()));

        return builder;
    }
}
