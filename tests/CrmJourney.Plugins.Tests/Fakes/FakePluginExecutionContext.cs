using System;
using Microsoft.Xrm.Sdk;

namespace CrmJourney.Plugins.Tests.Fakes;

/// <summary>A settable plugin execution context.</summary>
public sealed class FakePluginExecutionContext : IPluginExecutionContext
{
    public IPluginExecutionContext? ParentContext { get; set; }

    public int Stage { get; set; } = 20;

    public Guid BusinessUnitId { get; set; }

    public Guid CorrelationId { get; set; }

    public int Depth { get; set; } = 1;

    public Guid InitiatingUserId { get; set; }

    public ParameterCollection InputParameters { get; } = [];

    public bool IsExecutingOffline { get; set; }

    public bool IsInTransaction { get; set; } = true;

    public bool IsOfflinePlayback { get; set; }

    public int IsolationMode { get; set; } = 2;

    public string MessageName { get; set; } = "Update";

    public int Mode { get; set; }

    public DateTime OperationCreatedOn { get; set; }

    public Guid OperationId { get; set; }

    public Guid OrganizationId { get; set; }

    public string OrganizationName { get; set; } = "contoso";

    public ParameterCollection OutputParameters { get; } = [];

    public EntityReference OwningExtension { get; set; } = null!;

    public EntityImageCollection PostEntityImages { get; } = [];

    public EntityImageCollection PreEntityImages { get; } = [];

    public Guid PrimaryEntityId { get; set; }

    public string PrimaryEntityName { get; set; } = "account";

    public Guid? RequestId { get; set; }

    public string SecondaryEntityName { get; set; } = "none";

    public ParameterCollection SharedVariables { get; } = [];

    public Guid UserId { get; set; }
}
