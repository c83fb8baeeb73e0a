using System;
using System.Collections.Generic;
using CrmJourney.LocalOrg.Costs;
using CrmJourney.LocalOrg.Messages;
using CrmJourney.LocalOrg.Metadata;
using CrmJourney.LocalOrg.Pipeline;
using Microsoft.Xrm.Sdk;

namespace CrmJourney.LocalOrg;

/// <summary>What the builder collected; the organization is created from it once.</summary>
internal sealed class LocalOrganizationOptions
{
    public required MetadataCatalog Catalog { get; init; }

    public required IReadOnlyList<PluginStep> Steps { get; init; }

    public required IDictionary<string, IMessageHandler> Handlers { get; init; }

    public required Func<DateTime> Clock { get; init; }

    public required Func<Guid> IdGenerator { get; init; }

    public bool AutoDrainAsync { get; init; }

    public int MaxDepth { get; init; } = 8;

    public Guid OrganizationId { get; init; }

    public required string OrganizationName { get; init; }

    public IReadOnlyList<Security.SecurityRole> SecurityRoles { get; init; } = Array.Empty<Security.SecurityRole>();

    public DataverseCostModel? CostModel { get; init; }

    public IReadOnlyDictionary<Type, Func<LocalOrganization, IPluginExecutionContext, object?>> PluginServices { get; init; } =
        new Dictionary<Type, Func<LocalOrganization, IPluginExecutionContext, object?>>();
}
