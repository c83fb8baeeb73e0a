using System;
using System.Collections.Generic;
using System.Linq;
using CrmJourney.LocalOrg;
using CrmJourney.LocalOrg.Metadata;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace CrmJourney.Solution.Tests.Registration;

/// <summary>
/// A LocalOrg standing in for an organization the solution was imported into: the plug-in registration
/// tables, seeded with platform rows under test ids (the real sdkmessage ids of Win and Lose are not
/// known, which is the point of registering by name).
/// </summary>
public sealed class RegistrationTarget
{
    public static readonly Guid WinMessageId = new("0a000000-0000-4000-8000-00000000a001");
    public static readonly Guid LoseMessageId = new("0a000000-0000-4000-8000-00000000a002");
    public static readonly Guid ArchiveMessageId = new("0a000000-0000-4000-8000-00000000a003");
    public static readonly Guid WinFilterId = new("0b000000-0000-4000-8000-00000000b001");
    public static readonly Guid LoseFilterId = new("0b000000-0000-4000-8000-00000000b002");
    public static readonly Guid ArchiveFilterId = new("0b000000-0000-4000-8000-00000000b003");

    // A filter of the same message on another table, which the registrar must not pick.
    public static readonly Guid WinOnLeadFilterId = new("0b000000-0000-4000-8000-00000000b004");

    public const string WonPlugin = "CrmJourney.Plugins.Opportunities.OpportunityWonPlugin";
    public const string LostPlugin = "CrmJourney.Plugins.Opportunities.OpportunityLostPlugin";
    public const string SampleWonPlugin = "CrmJourney.Solution.Tests.Samples.WidgetWonPlugin";
    public const string SampleArchivedPlugin = "CrmJourney.Solution.Tests.Samples.WidgetArchivedPlugin";

    private static readonly string[] _stepColumns =
    {
        "name", "description", "sdkmessageid", "sdkmessagefilterid", "eventhandler", "stage", "mode", "rank",
        "filteringattributes", "configuration", "supporteddeployment", "asyncautodelete", "modifiedon",
    };

    private static readonly string[] _imageColumns =
    {
        "sdkmessageprocessingstepid", "name", "entityalias", "imagetype", "messagepropertyname", "attributes",
    };

    private readonly Dictionary<string, Guid> _pluginTypeIds = new(StringComparer.Ordinal);

    private RegistrationTarget(LocalOrganization organization) => Organization = organization;

    public LocalOrganization Organization { get; }

    /// <summary>An organization with the Win, Lose and cjp_ArchiveWidget messages and filters and every plug-in type, less what <paramref name="without"/> names (a plug-in type name or a filter id).</summary>
    public static RegistrationTarget Seeded(params object[] without)
    {
        var target = new RegistrationTarget(LocalOrganization.CreateBuilder().AddTables(StandardTables.PluginRegistration).Build());
        var rows = new List<Entity>
        {
            Message(WinMessageId, "Win"),
            Message(LoseMessageId, "Lose"),
            Message(ArchiveMessageId, "cjp_ArchiveWidget"),
            Filter(WinFilterId, WinMessageId, "opportunity", allowsCustomSteps: true),
            Filter(LoseFilterId, LoseMessageId, "opportunity", allowsCustomSteps: true),
            Filter(ArchiveFilterId, ArchiveMessageId, "cjp_widget", allowsCustomSteps: true),
            Filter(WinOnLeadFilterId, WinMessageId, "lead", allowsCustomSteps: true),
        };
        rows.RemoveAll(row => without.Contains(row.Id));
        var typeNumber = 0;
        foreach (var typeName in new[] { WonPlugin, LostPlugin, SampleWonPlugin, SampleArchivedPlugin }.Where(t => !without.Contains(t)))
        {
            var id = new Guid($"0c000000-0000-4000-8000-00000000c00{++typeNumber}");
            target._pluginTypeIds[typeName] = id;
            rows.Add(new Entity("plugintype", id) { ["typename"] = typeName, ["name"] = typeName });
        }

        target.Organization.Import(rows);
        target.Organization.Counters.Reset();
        return target;
    }

    public Guid PluginTypeId(string typeName) => _pluginTypeIds[typeName];

    public void ReplaceFilter(Guid filterId, bool allowsCustomSteps) =>
        Organization.Update(new Entity("sdkmessagefilter", filterId) { ["iscustomprocessingstepallowed"] = allowsCustomSteps });

    /// <summary>Every row of a registration table, ordered by id, with the columns the tests look at.</summary>
    public IReadOnlyList<Entity> Rows(string table) =>
        Organization.RetrieveMultiple(new QueryExpression(table) { ColumnSet = new ColumnSet(table == "sdkmessageprocessingstepimage" ? _imageColumns : _stepColumns) }).Entities.OrderBy(e => e.Id).ToList();

    private static Entity Message(Guid id, string name) => new("sdkmessage", id) { ["name"] = name };

    private static Entity Filter(Guid id, Guid messageId, string table, bool allowsCustomSteps) => new("sdkmessagefilter", id)
    {
        ["sdkmessageid"] = new EntityReference("sdkmessage", messageId),
        ["primaryobjecttypecode"] = table,
        ["secondaryobjecttypecode"] = "none",
        ["iscustomprocessingstepallowed"] = allowsCustomSteps,
    };
}
