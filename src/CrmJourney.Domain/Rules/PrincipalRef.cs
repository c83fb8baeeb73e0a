using System;

namespace CrmJourney.Domain.Rules;

/// <summary>
/// A user or team that can own a task: id, kind and (when known) display name. The id must not be empty.
/// </summary>
public sealed record PrincipalRef
{
    /// <summary>Creates a reference; an empty id is refused.</summary>
    public PrincipalRef(Guid id, PrincipalKind kind, string? name = null)
    {
        if (id == Guid.Empty)
        {
            throw new ArgumentException("A user or team reference needs a non-empty id.", nameof(id));
        }

        Id = id;
        Kind = kind;
        Name = string.IsNullOrWhiteSpace(name) ? null : name!.Trim();
    }

    /// <summary>The systemuser or team id.</summary>
    public Guid Id { get; }

    /// <summary>User or team.</summary>
    public PrincipalKind Kind { get; }

    /// <summary>The display name, or null when not known (e.g. a specific user named only by id in a rule).</summary>
    public string? Name { get; }

    /// <summary>A user reference.</summary>
    public static PrincipalRef User(Guid id, string? name = null) => new(id, PrincipalKind.User, name);

    /// <summary>A team reference.</summary>
    public static PrincipalRef Team(Guid id, string? name = null) => new(id, PrincipalKind.Team, name);
}
