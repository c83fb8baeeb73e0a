using System.Collections.Generic;
using System.Linq;
using CrmJourney.Plugins.Registration;

namespace CrmJourney.Solution.Registration;

/// <summary>
/// What <see cref="StepRegistrar"/> would write to register <see cref="Steps"/> in one organization,
/// decided from the reads alone: one write per step or image row that is missing or differs, nothing
/// for rows that already match. An empty plan means the organization is already registered.
/// </summary>
public sealed record RegistrationPlan(IReadOnlyList<StepRegistration> Steps, IReadOnlyList<RegistrationWrite> Writes, int Reads)
{
    /// <summary>A plan for no steps: nothing read, nothing to write.</summary>
    public static RegistrationPlan Nothing { get; } = new(new List<StepRegistration>().AsReadOnly(), new List<RegistrationWrite>().AsReadOnly(), 0);

    /// <summary>Whether the organization already has every step and image as declared.</summary>
    public bool IsEmpty => Writes.Count == 0;

    /// <summary>How many writes of <paramref name="kind"/> the plan holds.</summary>
    public int Count(RegistrationWriteKind kind) => Writes.Count(w => w.Kind == kind);
}
