using System;

namespace CrmJourney.Solution.Plugins;

/// <summary>
/// One plugin class as the solution registers it: its full name and the fixed <c>PluginTypeId</c> that
/// step files and custom APIs point at. The id must never change once imported.
/// </summary>
public sealed record PluginTypeRegistration
{
    /// <summary>A plugin type with its fixed id.</summary>
    public PluginTypeRegistration(string fullName, Guid id)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(fullName);
        if (id == Guid.Empty)
        {
            throw new ArgumentException("A plugin type needs a non-empty id.", nameof(id));
        }

        FullName = fullName;
        Id = id;
    }

    /// <summary>The class's namespace-qualified name.</summary>
    public string FullName { get; }

    /// <summary>The fixed PluginTypeId.</summary>
    public Guid Id { get; }
}
