using System;
using System.Collections.Generic;
using System.Linq;

namespace CrmJourney.LocalOrg.Security;

/// <summary>
/// A security role as a solution ships it (Roles/&lt;name&gt;.xml): its name and the privileges it grants, by
/// privilege name (prvReadAccount, prvWritecjp_nurturerule…). LocalOrg checks privileges by name only; the
/// depth (Basic…Global) of each grant is not modelled, because LocalOrg has no business units or ownership checks.
/// </summary>
public sealed class SecurityRole
{
    /// <summary>A role named <paramref name="name"/> granting <paramref name="privileges"/>.</summary>
    public SecurityRole(string name, IEnumerable<string> privileges)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            throw new ArgumentException("A security role needs a name.", nameof(name));
        }

        Name = name;
        Privileges = new HashSet<string>(privileges, StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>The role's name, e.g. "Journey rules administrator".</summary>
    public string Name { get; }

    /// <summary>The privileges the role grants; names compare case-insensitively, as Dataverse's do.</summary>
    public IReadOnlyCollection<string> Privileges { get; }

    /// <summary>True when the role grants <paramref name="privilegeName"/>.</summary>
    public bool Grants(string privilegeName) => ((HashSet<string>)Privileges).Contains(privilegeName);

    /// <inheritdoc />
    public override string ToString() => $"{Name} ({Privileges.Count} privileges: {string.Join(", ", Privileges.OrderBy(p => p, StringComparer.Ordinal).Take(3))}…)";
}
