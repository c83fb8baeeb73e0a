using System;
using System.Collections.Generic;
using System.Linq;

namespace CrmJourney.Solution.App;

/// <summary>
/// A form of the app, declared once in code (<see cref="ClientJourneyForms"/>) and written to
/// <c>Entities/&lt;table folder&gt;/FormXml/&lt;kind&gt;/{id}.xml</c> by <see cref="FormFileWriter"/>.
/// A read-only form shows every field disabled: its table is written by the plugins only.
/// </summary>
public sealed record FormDefinition
{
    /// <summary>A form; <paramref name="id"/> is fixed so that every import updates the same form.</summary>
    public FormDefinition(Guid id, string table, FormKind kind, string name, string description, IReadOnlyList<FormTab> tabs, bool readOnly = false, FormScript? script = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(table);
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(tabs);
        Id = id;
        Table = table;
        Kind = kind;
        Name = name;
        Description = description ?? string.Empty;
        Tabs = tabs;
        ReadOnly = readOnly;
        Script = script;
    }

    /// <summary>The form id (systemform formid).</summary>
    public Guid Id { get; }

    /// <summary>The table's logical name.</summary>
    public string Table { get; }

    /// <summary>Main or quick create.</summary>
    public FormKind Kind { get; }

    /// <summary>The form's name.</summary>
    public string Name { get; }

    /// <summary>What the form is for.</summary>
    public string Description { get; }

    /// <summary>The tabs, left to right.</summary>
    public IReadOnlyList<FormTab> Tabs { get; }

    /// <summary>Whether every field is disabled.</summary>
    public bool ReadOnly { get; }

    /// <summary>The script the form loads, if any.</summary>
    public FormScript? Script { get; }

    /// <summary>Every cell of the form, tab by tab, section by section.</summary>
    public IEnumerable<FormCell> Cells => Tabs.SelectMany(t => t.Sections).SelectMany(s => s.Cells);

    /// <summary>Every section of the form.</summary>
    public IEnumerable<FormSection> Sections => Tabs.SelectMany(t => t.Sections);
}
