using System;

namespace CrmJourney.Domain.Metrics;

/// <summary>An ordered pair of service lines (bought <see cref="First"/>, also bought <see cref="Second"/>); value equality.</summary>
internal readonly record struct ServiceLinePair(Guid First, Guid Second);
