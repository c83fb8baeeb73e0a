using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using CrmJourney.Plugins.Registration;
using CrmJourney.Solution.Plugins;
using CrmJourney.Solution.Steps;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;
using Schema = CrmJourney.Solution.Registration.RegistrationSchema;

namespace CrmJourney.Solution.Registration;

/// <summary>
/// Registers, at deploy time and against the target organization, the steps a step file cannot carry:
/// those on a message whose platform sdkmessage id is not known (<see cref="SdkMessages.Unexportable"/>,
/// today Win and Lose). Like the Plug-in Registration tool, it looks the ids up by name in the
/// organization instead of shipping them: a step row points at its sdkmessage, its sdkmessagefilter
/// (the message on one table, which also says whether custom steps are allowed there) and, through
/// eventhandler, its plugintype (Microsoft Learn, "Register a plug-in",
/// https://learn.microsoft.com/power-apps/developer/data-platform/register-plug-in, and "Plug-in
/// registration entities", https://learn.microsoft.com/previous-versions/dynamicscrm-2016/developers-guide/gg309563(v=crm.8)).
/// </summary>
/// <remarks>
/// Requests: <see cref="Plan"/> makes <see cref="ReadsPerPlan"/> set-based reads (the messages, their
/// filters, the plug-in types, the steps already registered, their images), each one query whatever the
/// number of steps; <see cref="Apply"/> makes one write per row that is missing or differs. Every
/// problem is found before the first write, so a refused registration writes nothing. Steps and images
/// keep the ids the code gives them (the step's declared id, <see cref="StepFileWriter.ImageId"/>), so
/// running again updates the same rows and, when nothing changed, writes nothing.
/// </remarks>
public sealed class StepRegistrar
{
    /// <summary>The reads of a plan for at least one step on a table (none when there is nothing to register; one fewer when no step has a table).</summary>
    public const int ReadsPerPlan = 5;

    /// <summary>The reads of a removal plan for at least one step: the step rows and their images.</summary>
    public const int ReadsPerRemoval = 2;

    // Dataverse's choice values (Microsoft Learn, sdkmessageprocessingstep table reference): supporteddeployment
    // 0 = Server Only; sdkmessageprocessingstepimage imagetype 0 = PreImage, 1 = PostImage.
    private const int ServerOnly = 0;
    private const int PreImageType = 0;
    private const int PostImageType = 1;

    // secondaryobjecttypecode of a message filter on a single table.
    private const string NoSecondaryTable = "none";

    private static readonly string[] _stepColumns =
    {
        Schema.Step.Name, Schema.Step.Description, Schema.Step.MessageId, Schema.Step.FilterId, Schema.Step.EventHandler,
        Schema.Step.Stage, Schema.Step.Mode, Schema.Step.Rank, Schema.Step.FilteringAttributes, Schema.Step.Configuration,
        Schema.Step.SupportedDeployment, Schema.Step.AsyncAutoDelete,
    };

    private static readonly string[] _imageColumns =
    {
        Schema.Image.StepId, Schema.Image.Name, Schema.Image.EntityAlias, Schema.Image.ImageType, Schema.Image.MessagePropertyName, Schema.Image.Attributes,
    };

    private readonly IOrganizationService _service;

    /// <summary>A registrar writing through <paramref name="service"/>, connected to the target organization.</summary>
    public StepRegistrar(IOrganizationService service)
    {
        ArgumentNullException.ThrowIfNull(service);
        _service = service;
    }

    /// <summary>
    /// Reads what the organization has and decides the writes that register the steps of
    /// <paramref name="steps"/> that no step file carries; writes nothing. Throws
    /// <see cref="StepRegistrationException"/> when a message, a message filter or a plug-in type is missing.
    /// </summary>
    public RegistrationPlan Plan(IEnumerable<StepRegistration> steps)
    {
        ArgumentNullException.ThrowIfNull(steps);
        var pending = SdkMessages.Unexportable(steps);
        if (pending.Count == 0)
        {
            return RegistrationPlan.Nothing;
        }

        var messages = ReadMessages(pending);
        var (filters, filtersRead) = ReadFilters(pending, messages);
        var pluginTypes = ReadPluginTypes(pending);
        var problems = new List<string>();
        var targets = pending.Select(step => Resolve(step, messages, filters, pluginTypes, problems)).ToList();
        if (problems.Count > 0)
        {
            throw new StepRegistrationException(problems.AsReadOnly());
        }

        var stepIds = pending.Select(s => (object)s.Id).ToArray();
        var existingSteps = Query(Schema.Step.Table, Schema.Step.Id, stepIds, _stepColumns).ToDictionary(e => e.Id);
        var existingImages = Query(Schema.Image.Table, Schema.Image.StepId, stepIds, _imageColumns);
        var writes = new List<RegistrationWrite>();
        foreach (var (step, target) in pending.Zip(targets))
        {
            AddWrite(writes, StepRow(step, target!), existingSteps.GetValueOrDefault(step.Id), step.Name);
            var wanted = ImageRows(step).ToList();
            var wantedIds = wanted.Select(row => row.Id).ToHashSet();
            foreach (var stale in existingImages.Where(image => ReferencedId(image, Schema.Image.StepId) == step.Id && !wantedIds.Contains(image.Id)))
            {
                writes.Add(new RegistrationWrite(RegistrationWriteKind.Delete, new Entity(Schema.Image.Table, stale.Id), $"image {stale.GetAttributeValue<string>(Schema.Image.Name)} no longer declared by {step.Name}"));
            }

            foreach (var image in wanted)
            {
                AddWrite(writes, image, existingImages.FirstOrDefault(e => e.Id == image.Id), $"{image.GetAttributeValue<string>(Schema.Image.Name)} of {step.Name}");
            }
        }

        // The filter query is skipped only when every step is on a message with no table.
        return new RegistrationPlan(pending, writes.AsReadOnly(), filtersRead ? ReadsPerPlan : ReadsPerPlan - 1);
    }

    /// <summary>
    /// The deletes that undo <see cref="Plan"/>: every image, then every step row this registrar writes for
    /// the unexportable steps of <paramref name="steps"/>, found by their fixed ids (<see cref="ReadsPerRemoval"/>
    /// reads; rows already gone are skipped). The registered steps are not components of the solution,
    /// so they stay behind when it is removed and still point at its plug-in types; remove them first.
    /// </summary>
    public RegistrationPlan PlanRemoval(IEnumerable<StepRegistration> steps)
    {
        ArgumentNullException.ThrowIfNull(steps);
        var pending = SdkMessages.Unexportable(steps);
        if (pending.Count == 0)
        {
            return RegistrationPlan.Nothing;
        }

        var stepIds = pending.Select(s => (object)s.Id).ToArray();
        var existingSteps = Query(Schema.Step.Table, Schema.Step.Id, stepIds, Schema.Step.Name);
        var existingImages = Query(Schema.Image.Table, Schema.Image.StepId, stepIds, Schema.Image.Name);

        // Images first: a step is deleted only once nothing points at it.
        var writes = existingImages
            .Select(image => new RegistrationWrite(RegistrationWriteKind.Delete, new Entity(Schema.Image.Table, image.Id), $"image {image.GetAttributeValue<string>(Schema.Image.Name)}"))
            .Concat(existingSteps.Select(step => new RegistrationWrite(RegistrationWriteKind.Delete, new Entity(Schema.Step.Table, step.Id), step.GetAttributeValue<string>(Schema.Step.Name) ?? "step")))
            .ToList();
        return new RegistrationPlan(pending, writes.AsReadOnly(), ReadsPerRemoval);
    }

    /// <summary>Sends the writes of <paramref name="plan"/>, in order, one request each.</summary>
    public void Apply(RegistrationPlan plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        foreach (var write in plan.Writes)
        {
            switch (write.Kind)
            {
                case RegistrationWriteKind.Create:
                    _service.Create(write.Row);
                    break;
                case RegistrationWriteKind.Update:
                    _service.Update(write.Row);
                    break;
                default:
                    _service.Delete(write.Row.LogicalName, write.Row.Id);
                    break;
            }
        }
    }

    /// <summary>Plans and applies: registers the steps of <paramref name="steps"/> that no step file carries; returns what was written.</summary>
    public RegistrationPlan Register(IEnumerable<StepRegistration> steps)
    {
        var plan = Plan(steps);
        Apply(plan);
        return plan;
    }

    private Dictionary<string, Guid> ReadMessages(IReadOnlyList<StepRegistration> pending)
    {
        var names = pending.Select(s => (object)s.Message).Distinct().ToArray();
        return Query(Schema.Message.Table, Schema.Message.Name, names, Schema.Message.Name)
            .GroupBy(e => e.GetAttributeValue<string>(Schema.Message.Name) ?? string.Empty, StringComparer.OrdinalIgnoreCase)
            .ToDictionary(g => g.Key, g => g.First().Id, StringComparer.OrdinalIgnoreCase);
    }

    private (IReadOnlyList<Entity> Filters, bool Read) ReadFilters(IReadOnlyList<StepRegistration> pending, Dictionary<string, Guid> messages)
    {
        var messageIds = messages.Values.Distinct().Select(id => (object)id).ToArray();
        var tables = pending.Where(s => s.Table != null).Select(s => (object)s.Table!).Distinct().ToArray();
        if (messageIds.Length == 0 || tables.Length == 0)
        {
            return (Array.Empty<Entity>(), false);
        }

        var query = new QueryExpression(Schema.Filter.Table)
        {
            ColumnSet = new ColumnSet(Schema.Filter.MessageId, Schema.Filter.PrimaryObjectTypeCode, Schema.Filter.SecondaryObjectTypeCode, Schema.Filter.IsCustomProcessingStepAllowed),
        };
        query.Criteria.AddCondition(Schema.Filter.MessageId, ConditionOperator.In, messageIds);
        query.Criteria.AddCondition(Schema.Filter.PrimaryObjectTypeCode, ConditionOperator.In, tables);
        return (_service.RetrieveMultiple(query).Entities.ToList(), true);
    }

    private IReadOnlyList<Entity> ReadPluginTypes(IReadOnlyList<StepRegistration> pending)
    {
        var typeNames = pending.Select(s => (object)s.PluginType.FullName!).Distinct().ToArray();
        return Query(Schema.PluginType.Table, Schema.PluginType.TypeName, typeNames, Schema.PluginType.TypeName);
    }

    private IReadOnlyList<Entity> Query(string table, string column, object[] values, params string[] columns)
    {
        var query = new QueryExpression(table) { ColumnSet = new ColumnSet(columns) };
        query.Criteria.AddCondition(column, ConditionOperator.In, values);
        return _service.RetrieveMultiple(query).Entities.ToList();
    }

    private static StepTarget? Resolve(
        StepRegistration step,
        Dictionary<string, Guid> messages,
        IReadOnlyList<Entity> filters,
        IReadOnlyList<Entity> pluginTypes,
        List<string> problems)
    {
        var count = problems.Count;
        Guid? filterId = null;
        if (!messages.TryGetValue(step.Message, out var messageId))
        {
            problems.Add($"Step {step.Name}: this organization has no sdkmessage named \"{step.Message}\"; register the step in an organization that offers the {step.Message} message (for example one with the Sales app installed).");
        }
        else if (step.Table != null)
        {
            var filter = filters
                .Where(f => ReferencedId(f, Schema.Filter.MessageId) == messageId && string.Equals(f.GetAttributeValue<string>(Schema.Filter.PrimaryObjectTypeCode), step.Table, StringComparison.OrdinalIgnoreCase))
                .OrderBy(f => IsSingleTable(f) ? 0 : 1)
                .FirstOrDefault();
            if (filter == null)
            {
                problems.Add($"Step {step.Name}: this organization has no sdkmessagefilter for message \"{step.Message}\" on table \"{step.Table}\"; install the table (and the app that brings the message for it) before registering.");
            }
            else if (filter.GetAttributeValue<bool?>(Schema.Filter.IsCustomProcessingStepAllowed) == false)
            {
                problems.Add($"Step {step.Name}: the sdkmessagefilter of message \"{step.Message}\" on table \"{step.Table}\" does not allow custom steps; choose another message or table for this step.");
            }
            else
            {
                filterId = filter.Id;
            }
        }

        var typeName = step.PluginType.FullName!;
        var candidates = pluginTypes.Where(t => string.Equals(t.GetAttributeValue<string>(Schema.PluginType.TypeName), typeName, StringComparison.Ordinal)).ToList();
        var packaged = PluginTypeIds.For(typeName);
        var pluginType = candidates.FirstOrDefault(t => t.Id == packaged) ?? (candidates.Count == 1 ? candidates[0] : null);
        if (candidates.Count == 0)
        {
            problems.Add($"Step {step.Name}: this organization has no plugintype {typeName}; import the solution with its plugin assembly first (pac solution import), then run the registration again.");
        }
        else if (pluginType == null)
        {
            problems.Add(string.Create(CultureInfo.InvariantCulture, $"Step {step.Name}: this organization has {candidates.Count} plugintype rows named {typeName} and none with the packaged id {packaged:D}; delete the stale plug-in assemblies, then run the registration again."));
        }

        return problems.Count == count ? new StepTarget(messageId, filterId, pluginType!.Id) : null;
    }

    private static bool IsSingleTable(Entity filter)
    {
        var secondary = filter.GetAttributeValue<string>(Schema.Filter.SecondaryObjectTypeCode);
        return string.IsNullOrEmpty(secondary) || string.Equals(secondary, NoSecondaryTable, StringComparison.OrdinalIgnoreCase);
    }

    private static Entity StepRow(StepRegistration step, StepTarget target)
    {
        var row = new Entity(Schema.Step.Table, step.Id)
        {
            [Schema.Step.Name] = step.Name,
            [Schema.Step.Description] = string.IsNullOrWhiteSpace(step.Description) ? step.Name : step.Description,
            [Schema.Step.MessageId] = new EntityReference(Schema.Message.Table, target.MessageId),
            [Schema.Step.FilterId] = target.FilterId is Guid filterId ? new EntityReference(Schema.Filter.Table, filterId) : null,
            [Schema.Step.EventHandler] = new EntityReference(Schema.PluginType.Table, target.PluginTypeId),
            [Schema.Step.Stage] = new OptionSetValue((int)step.Stage),
            [Schema.Step.Mode] = new OptionSetValue((int)step.Mode),
            [Schema.Step.Rank] = step.Rank,
            [Schema.Step.FilteringAttributes] = step.FilteringAttributes.Count == 0 ? null : string.Join(",", step.FilteringAttributes),
            [Schema.Step.Configuration] = string.IsNullOrEmpty(step.UnsecureConfiguration) ? null : step.UnsecureConfiguration,
            [Schema.Step.SupportedDeployment] = new OptionSetValue(ServerOnly),

            // As in the step files: successful asynchronous jobs are deleted so the system job table does not grow with every event.
            [Schema.Step.AsyncAutoDelete] = step.Mode == ExecutionMode.Asynchronous,
        };
        return row;
    }

    private static IEnumerable<Entity> ImageRows(StepRegistration step)
    {
        if (step.HasPreImage)
        {
            yield return ImageRow(step, ImageNames.PreImage, PreImageType, step.PreImageAttributes);
        }

        if (step.HasPostImage)
        {
            yield return ImageRow(step, ImageNames.PostImage, PostImageType, step.PostImageAttributes);
        }
    }

    private static Entity ImageRow(StepRegistration step, string name, int imageType, IReadOnlyList<string> attributes) =>
        new(Schema.Image.Table, StepFileWriter.ImageId(step.Id, name))
        {
            [Schema.Image.StepId] = new EntityReference(Schema.Step.Table, step.Id),
            [Schema.Image.Name] = name,
            [Schema.Image.EntityAlias] = name,
            [Schema.Image.ImageType] = new OptionSetValue(imageType),
            [Schema.Image.MessagePropertyName] = SdkMessages.ImagePropertyName(step.Message),
            [Schema.Image.Attributes] = string.Join(",", attributes),
        };

    // A missing row is created whole; an existing one gets only the columns whose values differ, or nothing.
    private static void AddWrite(List<RegistrationWrite> writes, Entity wanted, Entity? existing, string what)
    {
        if (existing == null)
        {
            var created = new Entity(wanted.LogicalName, wanted.Id);
            foreach (var column in wanted.Attributes.Where(a => a.Value != null))
            {
                created[column.Key] = column.Value;
            }

            writes.Add(new RegistrationWrite(RegistrationWriteKind.Create, created, what));
            return;
        }

        var changed = new Entity(wanted.LogicalName, wanted.Id);
        foreach (var column in wanted.Attributes.Where(a => !SameValue(a.Value, existing.Contains(a.Key) ? existing[a.Key] : null)))
        {
            changed[column.Key] = column.Value;
        }

        if (changed.Attributes.Count > 0)
        {
            writes.Add(new RegistrationWrite(RegistrationWriteKind.Update, changed, what));
        }
    }

    private static bool SameValue(object? wanted, object? existing) => Equals(Comparable(wanted), Comparable(existing));

    // Lookups compare by id, choices by value; an empty text equals no text (Dataverse stores "" as null).
    private static object? Comparable(object? value) => value switch
    {
        EntityReference reference => reference.Id,
        OptionSetValue option => option.Value,
        string text when text.Length == 0 => null,
        _ => value,
    };

    private static Guid? ReferencedId(Entity row, string column) => row.GetAttributeValue<EntityReference>(column)?.Id;

    private sealed record StepTarget(Guid MessageId, Guid? FilterId, Guid PluginTypeId);
}
