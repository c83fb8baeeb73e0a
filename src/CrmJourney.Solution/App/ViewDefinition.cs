using System;
using System.Collections.Generic;

namespace CrmJourney.Solution.App;

/// <summary>
/// A system view, declared in code (<see cref="ClientJourneyViews"/>) and written to
/// <c>Entities/&lt;table folder&gt;/SavedQueries/{id}.xml</c> by <see cref="ViewFileWriter"/>. The FetchXML
/// is built from the columns (all fetched, the primary id added), <see cref="OrderBy"/> and
/// <see cref="Filter"/>, a FetchXML <c>&lt;filter&gt;</c> element as text.
/// </summary>
public sealed record ViewDefinition
{
    /// <summary>A view.</summary>
    public ViewDefinition(Guid id, string table, string primaryId, ViewKind kind, string name, string description, IReadOnlyList<ViewColumn> columns, string orderBy, bool descending = false, string? filter = null, bool isDefault = false)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(table);
        ArgumentException.ThrowIfNullOrWhiteSpace(primaryId);
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(columns);
        if (columns.Count == 0)
        {
            throw new ArgumentException($"View {name} has no columns.", nameof(columns));
        }

        Id = id;
        Table = table;
        PrimaryId = primaryId;
        Kind = kind;
        Name = name;
        Description = description ?? string.Empty;
        Columns = columns;
        OrderBy = orderBy;
        Descending = descending;
        Filter = filter;
        IsDefault = isDefault;
    }

    /// <summary>The view id (savedqueryid).</summary>
    public Guid Id { get; }

    /// <summary>The table's logical name.</summary>
    public string Table { get; }

    /// <summary>The table's primary id column (the grid's row id).</summary>
    public string PrimaryId { get; }

    /// <summary>The querytype.</summary>
    public ViewKind Kind { get; }

    /// <summary>The view's name.</summary>
    public string Name { get; }

    /// <summary>What the view lists.</summary>
    public string Description { get; }

    /// <summary>The grid's columns, left to right; the first one opens the record.</summary>
    public IReadOnlyList<ViewColumn> Columns { get; }

    /// <summary>The column the rows are sorted by.</summary>
    public string OrderBy { get; }

    /// <summary>Whether the sort is descending.</summary>
    public bool Descending { get; }

    /// <summary>The FetchXML filter element as text, or null for every row.</summary>
    public string? Filter { get; }

    /// <summary>Whether this is the table's default view of its kind.</summary>
    public bool IsDefault { get; }
}
