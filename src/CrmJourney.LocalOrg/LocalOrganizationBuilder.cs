using System;
using System.Collections.Generic;
using System.Linq;
using CrmJourney.LocalOrg.Costs;
using CrmJourney.LocalOrg.Messages;
using CrmJourney.LocalOrg.Metadata;
using CrmJourney.LocalOrg.Pipeline;
using CrmJourney.LocalOrg.Security;
using Microsoft.Xrm.Sdk;

namespace CrmJourney.LocalOrg;

/// <summary>
/// Composes an organization from parts: tables (standard and the solution's), relationships, message
/// handlers (the standard set, replaceable one by one), plug-in steps, custom APIs, the clock, the id
/// generator and the async mode. Every Add/Use returns the builder; <see cref="Build"/> validates the
/// whole and creates the organization.
/// </summary>
public sealed class LocalOrganizationBuilder
{
    private readonly List<PluginStep> _steps = new();
    private readonly List<SecurityRole> _roles = new();
    private readonly Dictionary<string, IMessageHandler> _handlers = new(StringComparer.OrdinalIgnoreCase);
    private MetadataCatalog _catalog = MetadataCatalog.Empty.With(StandardTables.Platform);
    private Func<DateTime> _clock = () => DateTime.UtcNow;
    private Func<Guid> _idGenerator = Guid.NewGuid;
    private bool _autoDrainAsync;
    private int _maxDepth = 8;
    private Guid _organizationId = new("a1f0c0de-0000-4000-8000-0000000000a0");
    private string _organizationName = "localorg";
    private DataverseCostModel? _costModel;
    private readonly Dictionary<Type, Func<LocalOrganization, IPluginExecutionContext, object?>> _pluginServices = new();

    internal LocalOrganizationBuilder()
    {
        foreach (IMessageHandler handler in StandardMessageHandlers.Create())
        {
            _handlers[handler.RequestName] = handler;
        }
    }

    /// <summary>Adds the standard tables the product touches (account, contact, lead, opportunity, activities…) and their relationships.</summary>
    public LocalOrganizationBuilder UseStandardTables()
    {
        _catalog = _catalog.With(StandardTables.All);
        foreach (var relationship in StandardTables.Relationships)
        {
            _catalog = _catalog.With(relationship);
        }

        return this;
    }

    /// <summary>Adds (or merges into an existing table) a table definition.</summary>
    public LocalOrganizationBuilder AddTable(TableDefinition table)
    {
        _catalog = _catalog.With(table);
        return this;
    }

    /// <summary>Adds (or merges) several table definitions, in order.</summary>
    public LocalOrganizationBuilder AddTables(IEnumerable<TableDefinition> tables)
    {
        _catalog = _catalog.With(tables);
        return this;
    }

    /// <summary>Adds a one-to-many relationship (for Associate/Disassociate).</summary>
    public LocalOrganizationBuilder AddRelationship(RelationshipDefinition relationship)
    {
        _catalog = _catalog.With(relationship);
        return this;
    }

    /// <summary>Adds every table and relationship of a catalog (e.g. one read from the solution).</summary>
    public LocalOrganizationBuilder UseCatalog(MetadataCatalog catalog)
    {
        _catalog = _catalog.With(catalog.Tables);
        foreach (var relationship in catalog.Relationships)
        {
            _catalog = _catalog.With(relationship);
        }

        return this;
    }

    /// <summary>Registers a plug-in step.</summary>
    public LocalOrganizationBuilder AddPluginStep(PluginStep step)
    {
        var problem = step.Validate();
        if (problem != null)
        {
            throw new ArgumentException(problem, nameof(step));
        }

        _steps.Add(step);
        return this;
    }

    /// <summary>Registers several plug-in steps, in order.</summary>
    public LocalOrganizationBuilder AddPluginSteps(IEnumerable<PluginStep> steps)
    {
        foreach (var step in steps)
        {
            AddPluginStep(step);
        }

        return this;
    }

    /// <summary>Registers a custom API whose main operation is the plug-in.</summary>
    public LocalOrganizationBuilder AddCustomApi(CustomApiDefinition api)
    {
        _handlers[api.UniqueName] = new CustomApiHandler(api);
        return this;
    }

    /// <summary>Registers an unbound custom API run by this plug-in instance.</summary>
    public LocalOrganizationBuilder AddCustomApi(string uniqueName, IPlugin plugin) =>
        AddCustomApi(new CustomApiDefinition(uniqueName, null, plugin.GetType().FullName ?? plugin.GetType().Name, () => plugin));

    /// <summary>Adds security roles (a solution's Roles, see <see cref="Solution.RoleXmlReader"/>); users get them with <see cref="SecurityModel.AssignRole"/>.</summary>
    public LocalOrganizationBuilder AddSecurityRoles(IEnumerable<SecurityRole> roles)
    {
        _roles.AddRange(roles);
        return this;
    }

    /// <summary>Adds a message handler, replacing the standard one of the same message.</summary>
    public LocalOrganizationBuilder AddMessageHandler(IMessageHandler handler)
    {
        _handlers[handler.RequestName] = handler;
        return this;
    }

    /// <summary>Uses this clock for every timestamp and OperationCreatedOn (the plug-ins' clock), so replays are deterministic.</summary>
    public LocalOrganizationBuilder UseClock(Func<DateTime> clock)
    {
        _clock = clock ?? throw new ArgumentNullException(nameof(clock));
        return this;
    }

    /// <summary>Uses this generator for new row ids (e.g. a seeded sequence for reproducible demos).</summary>
    public LocalOrganizationBuilder UseIdGenerator(Func<Guid> idGenerator)
    {
        _idGenerator = idGenerator ?? throw new ArgumentNullException(nameof(idGenerator));
        return this;
    }

    /// <summary>Runs queued async steps after each top-level request instead of waiting for DrainAsync.</summary>
    public LocalOrganizationBuilder UseAutoDrainAsync(bool enabled = true)
    {
        _autoDrainAsync = enabled;
        return this;
    }

    /// <summary>Changes the depth guard (Dataverse's default is 8).</summary>
    public LocalOrganizationBuilder UseMaxDepth(int maxDepth)
    {
        if (maxDepth < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(maxDepth), maxDepth, "The maximum depth is at least 1.");
        }

        _maxDepth = maxDepth;
        return this;
    }

    /// <summary>Sets the organization's id and unique name as plug-ins see them.</summary>
    public LocalOrganizationBuilder UseOrganization(Guid organizationId, string organizationName)
    {
        _organizationId = organizationId;
        _organizationName = organizationName;
        return this;
    }

    /// <summary>
    /// Keeps a <see cref="ModeledClock"/> that adds up what each user's requests would take in Dataverse
    /// under <paramref name="model"/> (<see cref="DataverseCostModel.Default"/> when null). Off unless used: an
    /// organization without a model does none of this bookkeeping.
    /// </summary>
    public LocalOrganizationBuilder UseCostModel(DataverseCostModel? model = null)
    {
        _costModel = model ?? DataverseCostModel.Default;
        return this;
    }

    /// <summary>
    /// Offers plug-ins one more service through their IServiceProvider: <paramref name="factory"/> makes it for
    /// each execution (null = not offered). Dataverse offers none of these, so a plug-in asking for one must
    /// work without it; a host uses this to hand plug-ins what only it knows (e.g. modeled time).
    /// </summary>
    public LocalOrganizationBuilder AddPluginService(Type serviceType, Func<LocalOrganization, IPluginExecutionContext, object?> factory)
    {
        _pluginServices[serviceType ?? throw new ArgumentNullException(nameof(serviceType))] = factory ?? throw new ArgumentNullException(nameof(factory));
        return this;
    }

    /// <summary>Validates the composition and creates the organization.</summary>
    public LocalOrganization Build()
    {
        var problems = _catalog.Validate().ToList();
        problems.AddRange(_steps
            .Where(step => step.PrimaryEntityName != null && _catalog.FindTable(step.PrimaryEntityName) == null)
            .Select(step => $"Step '{step.Name}' is registered on table '{step.PrimaryEntityName}', which is not declared."));
        if (problems.Count > 0)
        {
            throw new InvalidOperationException("The organization cannot be built: " + string.Join(" ", problems));
        }

        return new LocalOrganization(new LocalOrganizationOptions
        {
            Catalog = _catalog,
            Steps = _steps.ToArray(),
            Handlers = _handlers,
            Clock = _clock,
            IdGenerator = _idGenerator,
            AutoDrainAsync = _autoDrainAsync,
            MaxDepth = _maxDepth,
            OrganizationId = _organizationId,
            OrganizationName = _organizationName,
            SecurityRoles = _roles.ToArray(),
            CostModel = _costModel,
            PluginServices = new Dictionary<Type, Func<LocalOrganization, IPluginExecutionContext, object?>>(_pluginServices),
        });
    }
}
