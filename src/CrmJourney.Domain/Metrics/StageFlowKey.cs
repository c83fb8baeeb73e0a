using CrmJourney.Domain.Journey;

namespace CrmJourney.Domain.Metrics;

/// <summary>A from → to pair of stages, used to group transitions (value equality).</summary>
internal readonly record struct StageFlowKey(JourneyStage From, JourneyStage To);
