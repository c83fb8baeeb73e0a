using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;

namespace CrmJourney.LocalOrg.Security;

/// <summary>
/// Who holds which privilege: the organization's security roles and each user's assigned roles. SYSTEM and the
/// organization's administrator hold every privilege, as SYSTEM and the System Administrator role do in Dataverse;
/// any other user holds exactly what its roles grant. Checked where Dataverse checks a privilege that decides
/// whether a request may run at all (a custom API's execute privilege); row-level access checks are not modelled.
/// </summary>
public sealed class SecurityModel
{
    private readonly IReadOnlyDictionary<string, SecurityRole> _roles;
    private readonly ConcurrentDictionary<Guid, ImmutableRoleSet> _assignments = new();

    internal SecurityModel(IEnumerable<SecurityRole> roles)
    {
        var byName = new Dictionary<string, SecurityRole>(StringComparer.OrdinalIgnoreCase);
        foreach (var role in roles)
        {
            byName[role.Name] = role;
        }

        _roles = byName;
    }

    /// <summary>The roles the organization has, by name.</summary>
    public IReadOnlyCollection<SecurityRole> Roles => _roles.Values.ToList();

    /// <summary>Gives <paramref name="userId"/> the role named <paramref name="roleName"/> (idempotent).</summary>
    /// <exception cref="ArgumentException">The organization has no role of that name.</exception>
    public void AssignRole(Guid userId, string roleName)
    {
        if (!_roles.TryGetValue(roleName, out var role))
        {
            throw new ArgumentException($"The organization has no security role named \"{roleName}\"; use one of: {string.Join(", ", _roles.Keys.OrderBy(k => k, StringComparer.Ordinal))}.", nameof(roleName));
        }

        _assignments.AddOrUpdate(userId, _ => new ImmutableRoleSet(new[] { role }), (_, set) => set.With(role));
    }

    /// <summary>The roles assigned to <paramref name="userId"/>, by name.</summary>
    public IReadOnlyList<string> RolesOf(Guid userId) =>
        _assignments.TryGetValue(userId, out var set) ? set.Roles.Select(r => r.Name).OrderBy(n => n, StringComparer.Ordinal).ToList() : Array.Empty<string>();

    /// <summary>True when <paramref name="userId"/> holds <paramref name="privilegeName"/> through SYSTEM, the administrator or one of its roles.</summary>
    public bool Holds(Guid userId, string privilegeName) =>
        userId == LocalOrganization.SystemUserId
        || userId == LocalOrganization.DefaultUserId
        || (_assignments.TryGetValue(userId, out var set) && set.Roles.Any(r => r.Grants(privilegeName)));

    /// <summary>The names of the roles that grant <paramref name="privilegeName"/>, for refusal messages.</summary>
    public IReadOnlyList<string> RolesGranting(string privilegeName) =>
        _roles.Values.Where(r => r.Grants(privilegeName)).Select(r => r.Name).OrderBy(n => n, StringComparer.Ordinal).ToList();

    private sealed class ImmutableRoleSet
    {
        public ImmutableRoleSet(IReadOnlyList<SecurityRole> roles) => Roles = roles;

        public IReadOnlyList<SecurityRole> Roles { get; }

        public ImmutableRoleSet With(SecurityRole role) =>
            Roles.Any(r => string.Equals(r.Name, role.Name, StringComparison.OrdinalIgnoreCase)) ? this : new ImmutableRoleSet(Roles.Append(role).ToList());
    }
}
