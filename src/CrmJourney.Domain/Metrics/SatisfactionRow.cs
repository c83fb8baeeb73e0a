namespace CrmJourney.Domain.Metrics;

/// <summary>
/// The clients whose latest satisfaction score is <see cref="Score"/>, and how many of them are
/// advocates, repeat clients and referrers.
/// </summary>
/// <param name="Score">1 to 5.</param>
/// <param name="Engagements">Completed engagements scored so (the distribution).</param>
/// <param name="Clients">Clients whose latest score it is.</param>
/// <param name="Advocates">Of them, former clients recorded as advocates.</param>
/// <param name="RepeatClients">Of them, repeat clients.</param>
/// <param name="Referrers">Of them, accounts that referred someone.</param>
public sealed record SatisfactionRow(int Score, int Engagements, int Clients, int Advocates, int RepeatClients, int Referrers);
