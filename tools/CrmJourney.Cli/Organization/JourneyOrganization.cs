using System;
using CrmJourney.Domain.Time;
using CrmJourney.Hosting;
using CrmJourney.LocalOrg;

namespace CrmJourney.Cli.Organization;

/// <summary>
/// The organization every cjp command works in: the product as Hosting composes it (LocalOrg with the
/// standard tables, the shipped schema and every product plugin step), with async steps drained after
/// each request so a command sees the touchpoint plugin's writes at once. One place, so the demo,
/// sweep, preview and report all run the same composition.
/// </summary>
public static class JourneyOrganization
{
    /// <summary>A new, empty organization on <paramref name="clock"/> (the machine's clock when null), with ids from <paramref name="ids"/> (random when null).</summary>
    public static LocalOrganization Create(IClock? clock = null, Func<Guid>? ids = null) =>
        ProductOrganization.Create(new ProductOrganizationOptions { Clock = clock, IdGenerator = ids, AutoDrainAsync = true });
}
