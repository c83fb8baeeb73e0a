namespace CrmJourney.Domain.Metrics;

/// <summary>Client lifetime value of a group (a tier or a service line): clients, their total value and the mean per client.</summary>
/// <param name="Key">The group: a tier name, or a service line id as text (the report names it).</param>
/// <param name="Clients">Clients in the group.</param>
/// <param name="Total">The sum of their engagement values.</param>
/// <param name="Mean">Total / clients (0 with no clients).</param>
public sealed record ValueRow(string Key, int Clients, decimal Total, decimal Mean);
