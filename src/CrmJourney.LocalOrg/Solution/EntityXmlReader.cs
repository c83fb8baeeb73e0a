using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Xml.Linq;
using CrmJourney.LocalOrg.Metadata;

namespace CrmJourney.LocalOrg.Solution;

/// <summary>
/// Reads one <c>Entities/&lt;table&gt;/Entity.xml</c> into a <see cref="TableDefinition"/>, following
/// solution-package/README.md ("Entity.xml: what a reader parses").
/// </summary>
/// <remarks>
/// A file with a <c>primarykey</c> attribute is a full (custom) table; one without is a standard table
/// carrying only the solution's added columns, read as an extension. Of a full table's columns the
/// reader keeps the custom ones and the platform columns LocalOrg maintains (primary id, created/modified
/// on/by, ownerid, statecode, statuscode — declared by <see cref="TableDefinition.Create"/> and
/// <see cref="TableDefinition.WithStates"/>). The other platform columns an export lists (owning
/// user/team/business unit, organizationid, currency and exchange rate, the <c>_base</c> money copies,
/// time-zone and import-sequence numbers, overriddencreatedon, created/modified on behalf of) describe
/// platform machinery LocalOrg does not have, and are left out on purpose.
/// </remarks>
internal static class EntityXmlReader
{
    private const string EntityInfoElement = "EntityInfo";
    private const string EntityElement = "entity";
    private const string NameAttribute = "Name";
    private const string PhysicalNameAttribute = "PhysicalName";
    private const string AttributesElement = "attributes";
    private const string AttributeElement = "attribute";
    private const string TypeElement = "Type";
    private const string LogicalNameElement = "LogicalName";
    private const string DisplayMaskElement = "DisplayMask";
    private const string PrimaryNameFlag = "PrimaryName";
    private const string IsCustomFieldElement = "IsCustomField";
    private const string IsBaseCurrencyElement = "IsBaseCurrency";
    private const string MaxLengthElement = "MaxLength";
    private const string BehaviorElement = "Behavior";
    private const string OptionSetNameElement = "OptionSetName";
    private const string OptionSetElement = "optionset";
    private const string OwnershipElement = "OwnershipTypeMask";
    private const string UserOwned = "UserOwned";
    private const string OrgOwned = "OrgOwned";
    private const string StatesElement = "states";
    private const string StateElement = "state";
    private const string StatusesElement = "statuses";
    private const string StatusElement = "status";
    private const string ValueAttribute = "value";
    private const string InvariantNameAttribute = "invariantname";
    private const string DefaultStatusAttribute = "defaultstatus";
    private const string KeysElement = "EntityKeys";
    private const string KeyElement = "EntityKey";
    private const string KeyAttributesElement = "EntityKeyAttributes";
    private const string KeyAttributeElement = "AttributeName";
    private const string Yes = "1";

    /// <summary>Dataverse's DateTimeBehavior DateOnly (1 = UserLocal, 3 = TimeZoneIndependent keep the time).</summary>
    private const string DateOnlyBehavior = "2";

    private static readonly HashSet<string> _maintainedColumns = new(StringComparer.Ordinal)
    {
        SystemColumns.CreatedOn, SystemColumns.CreatedBy, SystemColumns.ModifiedOn, SystemColumns.ModifiedBy,
    };

    /// <summary>The table in the file, or null after recording why it cannot be read.</summary>
    public static SolutionTable? Read(
        string root,
        string file,
        IReadOnlyDictionary<string, int[]> choices,
        ILookup<(string Table, string Column), SolutionRelationship> relationships,
        ICollection<string> problems)
    {
        var document = SolutionXml.TryLoad(root, file, problems);
        if (document?.Root == null)
        {
            return null;
        }

        var path = SolutionXml.DisplayPath(root, file);
        var entity = document.Root.Element(EntityInfoElement)?.Element(EntityElement);
        var schemaName = entity?.Attribute(NameAttribute)?.Value;
        if (entity == null || string.IsNullOrWhiteSpace(schemaName))
        {
            problems.Add($"{path}: no EntityInfo/entity element with a Name attribute.");
            return null;
        }

        var table = SolutionXml.Logical(schemaName);
        var before = problems.Count;
        var context = new AttributeContext(path, table, choices, relationships, problems);
        var declared = new HashSet<string>(StringComparer.Ordinal);
        var columns = new List<ColumnDefinition>();
        XElement? primaryKey = null, primaryName = null, state = null, status = null;
        foreach (var attribute in entity.Elements(AttributesElement).Elements(AttributeElement))
        {
            var name = SolutionXml.Text(attribute, LogicalNameElement);
            var type = SolutionXml.Text(attribute, TypeElement);
            if (name == null || type == null)
            {
                problems.Add($"{path}: attribute {attribute.Attribute(PhysicalNameAttribute)?.Value ?? "(unnamed)"} needs LogicalName and Type.");
                continue;
            }

            declared.Add(name);
            primaryName ??= IsPrimaryName(attribute) ? attribute : null;
            switch (type)
            {
                case AttributeTypes.PrimaryKey:
                    primaryKey = attribute;
                    continue;
                case AttributeTypes.State:
                    state = attribute;
                    continue;
                case AttributeTypes.Status:
                    status = attribute;
                    continue;
                case AttributeTypes.Owner:
                    continue;
            }

            if (_maintainedColumns.Contains(name) || !IsModelled(attribute))
            {
                continue;
            }

            var column = ReadColumn(attribute, name, type, context);
            if (column != null)
            {
                columns.Add(column);
            }
        }

        var definition = primaryKey == null
            ? TableDefinition.Extension(table).WithColumns(columns.ToArray())
            : ReadFullTable(entity, table, primaryKey, primaryName, state, status, columns, path, problems);
        if (definition == null)
        {
            return null;
        }

        definition = ReadKeys(entity, definition, declared, path, problems);
        return problems.Count == before ? new SolutionTable(definition, path, declared) : null;
    }

    private static TableDefinition? ReadFullTable(
        XElement entity,
        string table,
        XElement primaryKey,
        XElement? primaryName,
        XElement? state,
        XElement? status,
        List<ColumnDefinition> columns,
        string path,
        ICollection<string> problems)
    {
        var idColumn = SolutionXml.Text(primaryKey, LogicalNameElement)!;
        if (idColumn != table + "id")
        {
            problems.Add($"{path}: the primary key is {idColumn}, but Dataverse names it {table}id.");
        }

        var ownership = SolutionXml.Text(entity, OwnershipElement);
        if (ownership != UserOwned && ownership != OrgOwned)
        {
            problems.Add($"{path}: OwnershipTypeMask is '{ownership}'; a table LocalOrg reads is UserOwned or OrgOwned.");
            return null;
        }

        if (primaryName == null)
        {
            problems.Add($"{path}: no attribute has PrimaryName in its DisplayMask, so the table has no primary name column.");
            return null;
        }

        var definition = TableDefinition.Create(
                table,
                idColumn,
                SolutionXml.Text(primaryName, LogicalNameElement),
                ownership == UserOwned ? TableOwnership.UserOrTeam : TableOwnership.Organization)
            .WithColumns(columns.ToArray());
        var states = ReadStates(state, status, path, problems);
        return states.Length > 0 ? definition.WithStates(states) : definition;
    }

    private static StateDefinition[] ReadStates(XElement? state, XElement? status, string path, ICollection<string> problems)
    {
        if (state == null && status == null)
        {
            return Array.Empty<StateDefinition>();
        }

        if (state == null || status == null)
        {
            problems.Add($"{path}: statecode and statuscode come together; the file declares only one of them.");
            return Array.Empty<StateDefinition>();
        }

        var reasons = status.Elements(OptionSetElement).Elements(StatusesElement).Elements(StatusElement)
            .Select(element => (State: Integer(element.Attribute(StateElement)?.Value), Value: Integer(element.Attribute(ValueAttribute)?.Value)))
            .ToList();
        var states = new List<StateDefinition>();
        foreach (var element in state.Elements(OptionSetElement).Elements(StatesElement).Elements(StateElement))
        {
            var value = Integer(element.Attribute(ValueAttribute)?.Value);
            var name = element.Attribute(InvariantNameAttribute)?.Value ?? value?.ToString(CultureInfo.InvariantCulture) ?? "?";
            var mine = reasons.Where(reason => reason.State == value && reason.Value != null).Select(reason => reason.Value!.Value).ToList();
            if (value == null || mine.Count == 0)
            {
                problems.Add($"{path}: state {name} needs an integer value and at least one status reason (statuscode status with state=\"{value}\").");
                continue;
            }

            // The default status reason goes first: StateDefinition treats its first reason as the default.
            var preferred = Integer(element.Attribute(DefaultStatusAttribute)?.Value);
            var ordered = mine.OrderBy(reason => reason == preferred ? 0 : 1).ToArray();
            states.Add(new StateDefinition(value.Value, name, ordered));
        }

        return states.ToArray();
    }

    private static TableDefinition ReadKeys(XElement entity, TableDefinition definition, HashSet<string> declared, string path, ICollection<string> problems)
    {
        foreach (var key in entity.Elements(KeysElement).Elements(KeyElement))
        {
            var name = SolutionXml.Text(key, LogicalNameElement) ?? SolutionXml.Text(key, NameAttribute);
            var columns = key.Elements(KeyAttributesElement).Elements(KeyAttributeElement).Select(element => SolutionXml.Logical(element.Value)).ToArray();
            if (name == null || columns.Length == 0)
            {
                problems.Add($"{path}: an EntityKey needs a LogicalName and at least one EntityKeyAttributes/AttributeName.");
                continue;
            }

            var missing = columns.Where(column => !declared.Contains(column)).ToArray();
            if (missing.Length > 0)
            {
                problems.Add($"{path}: alternate key {name} names {string.Join(", ", missing)}, which the file does not declare.");
                continue;
            }

            definition = definition.WithAlternateKey(SolutionXml.Logical(name), columns);
        }

        return definition;
    }

    private static ColumnDefinition? ReadColumn(XElement attribute, string name, string type, AttributeContext context)
    {
        switch (type)
        {
            case AttributeTypes.Text:
                return ColumnDefinition.String(name, Integer(SolutionXml.Text(attribute, MaxLengthElement)));
            case AttributeTypes.MultilineText:
                return ColumnDefinition.Memo(name, Integer(SolutionXml.Text(attribute, MaxLengthElement)));
            case AttributeTypes.WholeNumber:
                return ColumnDefinition.Integer(name);
            case AttributeTypes.DecimalNumber:
                return ColumnDefinition.Decimal(name);
            case AttributeTypes.FloatingPoint:
                return ColumnDefinition.Double(name);
            case AttributeTypes.Currency:
                return ColumnDefinition.Money(name);
            case AttributeTypes.YesNo:
                return ColumnDefinition.Boolean(name);
            case AttributeTypes.Guid:
                return ColumnDefinition.UniqueIdentifier(name);
            case AttributeTypes.DateTime:
                return SolutionXml.Text(attribute, BehaviorElement) == DateOnlyBehavior ? ColumnDefinition.DateOnlyColumn(name) : ColumnDefinition.DateTime(name);
            case AttributeTypes.Choice:
                var values = ChoiceValues(attribute, name, context);
                return values == null ? null : ColumnDefinition.Choice(name, values);
            case AttributeTypes.MultiSelectChoice:
                var options = ChoiceValues(attribute, name, context);
                return options == null ? null : ColumnDefinition.MultiChoice(name, options);
            case AttributeTypes.Lookup:
            case AttributeTypes.Customer:
                var targets = context.Relationships[(context.Table, name)].Select(relationship => relationship.ReferencedTable).Distinct().ToArray();
                if (targets.Length == 0)
                {
                    context.Problems.Add($"{context.Path}: attribute {name} is a lookup but no relationship in {SolutionPaths.Relationships} names it.");
                    return null;
                }

                return ColumnDefinition.Lookup(name, targets);
            default:
                context.Problems.Add(
                    $"{context.Path}: attribute {name} has type '{type}', which LocalOrg does not read (it reads {string.Join(", ", AttributeTypes.Readable)}).");
                return null;
        }
    }

    private static int[]? ChoiceValues(XElement attribute, string name, AttributeContext context)
    {
        var global = SolutionXml.Text(attribute, OptionSetNameElement);
        if (global != null)
        {
            if (context.Choices.TryGetValue(global, out var values))
            {
                return values;
            }

            context.Problems.Add($"{context.Path}: attribute {name} uses the choice {global}, but {SolutionPaths.OptionSets}/{global}.xml does not exist.");
            return null;
        }

        var local = attribute.Element(OptionSetElement);
        var localValues = local == null ? Array.Empty<int>() : OptionSetXmlReader.ReadOptions(local, context.Path, context.Problems);
        if (localValues.Length == 0)
        {
            context.Problems.Add($"{context.Path}: attribute {name} is a choice with neither an OptionSetName nor local options.");
            return null;
        }

        return localValues;
    }

    private static bool IsPrimaryName(XElement attribute) =>
        (SolutionXml.Text(attribute, DisplayMaskElement) ?? string.Empty).Split('|').Contains(PrimaryNameFlag, StringComparer.Ordinal);

    /// <summary>Custom columns are modelled, except the <c>_base</c> copy of a currency column (derived from the exchange rate).</summary>
    private static bool IsModelled(XElement attribute) =>
        SolutionXml.Text(attribute, IsCustomFieldElement) == Yes && SolutionXml.Text(attribute, IsBaseCurrencyElement) != Yes;

    private static int? Integer(string? text) =>
        int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value) ? value : null;

    private sealed record AttributeContext(
        string Path,
        string Table,
        IReadOnlyDictionary<string, int[]> Choices,
        ILookup<(string Table, string Column), SolutionRelationship> Relationships,
        ICollection<string> Problems);
}
