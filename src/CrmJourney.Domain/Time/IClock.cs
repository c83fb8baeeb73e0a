using System;

namespace CrmJourney.Domain.Time;

/// <summary>
/// The only source of "now" in the domain and the plugins. Dataverse plugins take it from the
/// execution context's operation time; tests and previews use <see cref="FixedClock"/>.
/// </summary>
public interface IClock
{
    /// <summary>The current instant, in UTC.</summary>
    DateTime UtcNow { get; }
}
