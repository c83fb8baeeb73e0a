using System;
using System.Collections.Generic;
using System.Linq;
using CrmJourney.LocalOrg.Faults;
using CrmJourney.LocalOrg.Metadata;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace CrmJourney.LocalOrg.Storage;

/// <summary>
/// Writes rows with Dataverse's platform rules for one operation: Create stamps created/modified on and
/// by, defaults the owner and the state; Update stamps modified on and by and keeps state and status
/// reason consistent; Delete clears lookups that pointed at the row. Every write goes to the
/// operation's undo log, so a failure anywhere in the operation restores every row.
/// </summary>
public sealed class RowWriter
{
    private readonly DataStore _store;
    private readonly UndoLog _undo;
    private readonly Func<Guid> _newId;
    private readonly StoredReference _user;
    private readonly object _boxedNow;

    internal RowWriter(DataStore store, UndoLog undo, Guid userId, DateTime now, Func<Guid> newId)
    {
        _store = store;
        _undo = undo;
        UserId = userId;
        Now = now;
        _newId = newId;
        _user = new StoredReference(StandardTableNames.SystemUser, userId);
        _boxedNow = now;
    }

    /// <summary>The user the writes are stamped with (createdby, modifiedby, default owner).</summary>
    public Guid UserId { get; }

    /// <summary>The operation's time (createdon, modifiedon).</summary>
    public DateTime Now { get; }

    /// <summary>
    /// Inserts a row. The id is the entity's Id, else its primary id attribute, else a new one. Columns the
    /// platform owns (created/modified on and by) are set here, whatever the caller sent, unless
    /// <paramref name="keepSystemColumns"/> is set for imports of exported data.
    /// </summary>
    public Guid Create(Entity target, bool keepSystemColumns = false)
    {
        var table = _store.Table(target.LogicalName);
        var id = IdOf(table, target);
        if (id == Guid.Empty)
        {
            id = _newId();
        }

        var values = new object?[table.Columns.Count];
        List<KeyValuePair<int, object?>>? parties = null;
        foreach (var attribute in target.Attributes)
        {
            if (PartyRole(table, attribute.Key) is { } role)
            {
                (parties ??= new List<KeyValuePair<int, object?>>()).Add(new KeyValuePair<int, object?>(role, attribute.Value));
                continue;
            }

            var ordinal = RowCodec.RequireOrdinal(table, attribute.Key);
            if (ordinal == table.PrimaryIdOrdinal)
            {
                continue;
            }

            values[ordinal] = RowCodec.ToStored(_store, table, table.Columns[ordinal], attribute.Value);
        }

        values[table.PrimaryIdOrdinal] = id;
        var user = _user;
        SetSystem(table, values, SystemColumns.CreatedOn, _boxedNow, keepSystemColumns);
        SetSystem(table, values, SystemColumns.ModifiedOn, _boxedNow, keepSystemColumns);
        SetSystem(table, values, SystemColumns.CreatedBy, user, keepSystemColumns);
        SetSystem(table, values, SystemColumns.ModifiedBy, user, keepSystemColumns);
        var owner = table.OrdinalOf(SystemColumns.OwnerId);
        if (owner >= 0 && values[owner] == null)
        {
            values[owner] = user;
        }

        var activityType = table.OrdinalOf("activitytypecode");
        if (activityType >= 0)
        {
            values[activityType] = table.LogicalName;
        }

        ApplyStateRules(table, values, null);
        var row = new StoredRow(id, values);
        table.Insert(row, _undo);
        ActivityPointerMirror.Apply(_store, table, id, row, _undo);
        WriteParties(table, id, parties);
        return id;
    }

    /// <summary>
    /// Updates the columns present in <paramref name="target"/> (by Id, or by alternate key), stamping
    /// modified on and by; a missing row faults with ObjectDoesNotExist.
    /// </summary>
    public Guid Update(Entity target)
    {
        var table = _store.Table(target.LogicalName);
        var id = ResolveId(table, target);
        if (!table.TryGet(id, out var existing))
        {
            throw OrganizationFaults.RowNotFound(table.LogicalName, id);
        }

        var values = (object?[])existing.Values.Clone();
        List<KeyValuePair<int, object?>>? parties = null;
        foreach (var attribute in target.Attributes)
        {
            if (PartyRole(table, attribute.Key) is { } role)
            {
                (parties ??= new List<KeyValuePair<int, object?>>()).Add(new KeyValuePair<int, object?>(role, attribute.Value));
                continue;
            }

            var ordinal = RowCodec.RequireOrdinal(table, attribute.Key);
            if (ordinal == table.PrimaryIdOrdinal || IsStampColumn(attribute.Key))
            {
                continue;
            }

            values[ordinal] = RowCodec.ToStored(_store, table, table.Columns[ordinal], attribute.Value);
        }

        SetSystem(table, values, SystemColumns.ModifiedOn, _boxedNow, keep: false);
        SetSystem(table, values, SystemColumns.ModifiedBy, _user, keep: false);
        ApplyStateRules(table, values, existing.Values);
        var row = new StoredRow(id, values);
        table.Replace(row, _undo);
        ActivityPointerMirror.Apply(_store, table, id, row, _undo);
        WriteParties(table, id, parties);
        return id;
    }

    /// <summary>
    /// Deletes a row and clears every lookup that pointed at it (Dataverse's "remove link" behaviour;
    /// cascading deletes are not modelled). A missing row faults with ObjectDoesNotExist.
    /// </summary>
    public void Delete(string tableName, Guid id)
    {
        var table = _store.Table(tableName);
        if (!table.Contains(id))
        {
            throw OrganizationFaults.RowNotFound(tableName, id);
        }

        table.Delete(id, _undo);
        ActivityPointerMirror.Apply(_store, table, id, null, _undo);
        if (ActivityPartyLists.HasPartyLists(tableName))
        {
            // An activity's parties go with it (Dataverse deletes them); they are not left pointing at nothing.
            DeleteParties(id, role: null);
        }

        foreach (var other in _store.Tables)
        {
            for (var ordinal = 0; ordinal < other.Columns.Count; ordinal++)
            {
                var column = other.Columns[ordinal];
                if (column.Type != ColumnType.Lookup || !column.Targets.Contains(tableName, StringComparer.Ordinal))
                {
                    continue;
                }

                var referencingIds = other.IndexOn(ordinal) is { } index
                    ? index.Find(id).ToArray()
                    : other.Rows.Where(row => row.Values[ordinal] is StoredReference reference && reference.Id == id).Select(row => row.Id).ToArray();
                foreach (var referencing in referencingIds)
                {
                    other.TryGet(referencing, out var row);
                    var values = (object?[])row.Values.Clone();
                    values[ordinal] = null;
                    var cleared = new StoredRow(referencing, values);
                    other.Replace(cleared, _undo);
                    ActivityPointerMirror.Apply(_store, other, referencing, cleared, _undo);
                }
            }
        }
    }

    /// <summary>The stored row, or null.</summary>
    public StoredRow? Find(string tableName, Guid id) => _store.Table(tableName).TryGet(id, out var row) ? row : null;

    /// <summary>The row as an entity with the given columns (all when null), or a fault when missing.</summary>
    public Entity Retrieve(string tableName, Guid id, ColumnSet? columns)
    {
        var table = _store.Table(tableName);
        if (!table.TryGet(id, out var row))
        {
            throw OrganizationFaults.RowNotFound(tableName, id);
        }

        return RowCodec.ToEntity(_store, table, row, RowCodec.Ordinals(table, columns));
    }

    /// <summary>
    /// The id an entity or reference designates: its Id, else its primary id attribute, else its alternate
    /// key (KeyAttributes). Returns empty when nothing identifies a row.
    /// </summary>
    public Guid ResolveId(string tableName, Guid id, KeyAttributeCollection? keys)
    {
        var table = _store.Table(tableName);
        if (id != Guid.Empty)
        {
            return id;
        }

        return keys == null || keys.Count == 0 ? Guid.Empty : _store.FindByAlternateKey(table.LogicalName, keys) ?? Guid.Empty;
    }

    private Guid ResolveId(TableStore table, Entity target)
    {
        var id = IdOf(table, target);
        if (id != Guid.Empty)
        {
            return id;
        }

        if (target.KeyAttributes.Count > 0)
        {
            return _store.FindByAlternateKey(table.LogicalName, target.KeyAttributes)
                ?? throw OrganizationFaults.Create(
                    ErrorCodes.ObjectDoesNotExist,
                    $"A record with the specified key values does not exist in {table.LogicalName} entity");
        }

        throw OrganizationFaults.InvalidArgument($"Entity Id must be specified for Update: the {table.LogicalName} has neither an Id nor key attributes.");
    }

    private int? PartyRole(TableStore table, string column) =>
        table.OrdinalOf(column) < 0 && _store.FindTable(StandardTableNames.ActivityParty) != null
            ? ActivityPartyLists.RoleOf(table.LogicalName, column)
            : null;

    /// <summary>
    /// Stores party-list values as activityparty rows, replacing that role's rows of the activity. Each
    /// value is an EntityCollection of activityparty entities (null or empty clears the list); a party
    /// names a row in partyid, or only an address in addressused.
    /// </summary>
    private void WriteParties(TableStore activities, Guid activityId, List<KeyValuePair<int, object?>>? parties)
    {
        if (parties == null)
        {
            return;
        }

        foreach (var pair in parties)
        {
            if (pair.Value is not (null or EntityCollection))
            {
                throw OrganizationFaults.InvalidArgument(
                    $"A party list of {activities.LogicalName} takes an EntityCollection of activityparty entities, not a {pair.Value.GetType().Name}.");
            }

            DeleteParties(activityId, pair.Key);
            if (pair.Value is not EntityCollection collection)
            {
                continue;
            }

            foreach (var party in collection.Entities)
            {
                if (party.LogicalName != StandardTableNames.ActivityParty
                    || (party.GetAttributeValue<EntityReference>("partyid") == null && string.IsNullOrWhiteSpace(party.GetAttributeValue<string>("addressused"))))
                {
                    throw OrganizationFaults.InvalidArgument(
                        $"Each party of a {activities.LogicalName} must be an activityparty entity with a partyid or an addressused.");
                }

                var row = new Entity(StandardTableNames.ActivityParty)
                {
                    ["activityid"] = new EntityReference(activities.LogicalName, activityId),
                    ["participationtypemask"] = new OptionSetValue(pair.Key),
                };
                foreach (var column in new[] { "partyid", "addressused" })
                {
                    if (party.Attributes.TryGetValue(column, out var value) && value != null)
                    {
                        row[column] = value;
                    }
                }

                Create(row);
            }
        }
    }

    private void DeleteParties(Guid activityId, int? role)
    {
        var parties = _store.FindTable(StandardTableNames.ActivityParty);
        if (parties == null)
        {
            return;
        }

        var activityOrdinal = parties.OrdinalOf("activityid");
        var roleOrdinal = parties.OrdinalOf("participationtypemask");
        var ids = parties.IndexOn(activityOrdinal)!.Find(activityId).ToArray();
        foreach (var partyId in ids)
        {
            if (parties.TryGet(partyId, out var row) && (role == null || Equals(row.Values[roleOrdinal], role.Value)))
            {
                parties.Delete(partyId, _undo);
            }
        }
    }

    private static Guid IdOf(TableStore table, Entity target)
    {
        if (target.Id != Guid.Empty)
        {
            return target.Id;
        }

        return target.Attributes.TryGetValue(table.Definition.PrimaryIdColumn, out var value) && value is Guid id ? id : Guid.Empty;
    }

    private static bool IsStampColumn(string column) =>
        column is SystemColumns.CreatedOn or SystemColumns.CreatedBy or SystemColumns.ModifiedOn or SystemColumns.ModifiedBy;

    private static void SetSystem(TableStore table, object?[] values, string column, object value, bool keep)
    {
        var ordinal = table.OrdinalOf(column);
        if (ordinal >= 0 && !(keep && values[ordinal] != null))
        {
            values[ordinal] = value;
        }
    }

    private static StateDefinition? FindStateOwning(IReadOnlyList<StateDefinition> states, int reason)
    {
        foreach (var state in states)
        {
            if (Contains(state.StatusReasons, reason))
            {
                return state;
            }
        }

        return null;
    }

    private static StateDefinition FindState(IReadOnlyList<StateDefinition> states, int value)
    {
        foreach (var state in states)
        {
            if (state.Value == value)
            {
                return state;
            }
        }

        return states[0];
    }

    private static bool Contains(IReadOnlyList<int> values, int value)
    {
        for (var index = 0; index < values.Count; index++)
        {
            if (values[index] == value)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Keeps statecode and statuscode consistent as Dataverse does: a status reason alone moves the row
    /// to its state, a state alone takes its default reason, and a reason of another state faults.
    /// </summary>
    private void ApplyStateRules(TableStore table, object?[] values, object?[]? previous)
    {
        var states = table.Definition.States;
        if (states.Count == 0)
        {
            return;
        }

        var stateOrdinal = table.OrdinalOf(SystemColumns.StateCode);
        var statusOrdinal = table.OrdinalOf(SystemColumns.StatusCode);
        var stateChanged = previous == null ? values[stateOrdinal] != null : !Equals(values[stateOrdinal], previous[stateOrdinal]);
        var statusChanged = previous == null ? values[statusOrdinal] != null : !Equals(values[statusOrdinal], previous[statusOrdinal]);
        if (!stateChanged && statusChanged && values[statusOrdinal] is int reason && FindStateOwning(states, reason) is { } owner)
        {
            values[stateOrdinal] = RowCodec.ToStored(_store, table, table.Columns[stateOrdinal], new OptionSetValue(owner.Value));
        }

        var stateDefinition = values[stateOrdinal] is int stateValue ? FindState(states, stateValue) : states[0];
        if (values[stateOrdinal] == null)
        {
            values[stateOrdinal] = RowCodec.ToStored(_store, table, table.Columns[stateOrdinal], new OptionSetValue(stateDefinition.Value));
        }

        if ((stateChanged && !statusChanged) || values[statusOrdinal] is not int status)
        {
            values[statusOrdinal] = RowCodec.ToStored(_store, table, table.Columns[statusOrdinal], new OptionSetValue(stateDefinition.DefaultStatusReason));
        }
        else if (!Contains(stateDefinition.StatusReasons, status))
        {
            throw OrganizationFaults.Create(
                ErrorCodes.InvalidStateCodeStatusCode,
                $"{status} is not a valid status code for state code {table.LogicalName}State.{stateDefinition.Name} on {table.LogicalName}.");
        }
    }
}
