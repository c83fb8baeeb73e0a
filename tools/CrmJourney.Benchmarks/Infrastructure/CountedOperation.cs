namespace CrmJourney.Benchmarks.Infrastructure;

/// <summary>What one counted, untimed run of a benchmark method did.</summary>
/// <param name="Requests">Requests the organization counted during the method alone (setup excluded), nested plugin requests included.</param>
/// <param name="Result">What the method returned (null for void), so a caller can check the work happened.</param>
public sealed record CountedOperation(int Requests, object? Result);
