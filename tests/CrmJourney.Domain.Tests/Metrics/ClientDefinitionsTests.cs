using System;
using System.Linq;
using CrmJourney.Domain.Engagements;
using CrmJourney.Domain.Metrics;

namespace CrmJourney.Domain.Tests.Metrics;

/// <summary>"Bought", "service lines bought" and the affinity built from them, defined once for every figure and rule.</summary>
public sealed class ClientDefinitionsTests
{
    private static readonly DateTime _asOf = new(2026, 6, 1, 0, 0, 0, DateTimeKind.Utc);
    private static readonly Guid _client = Guid.Parse("00000000-0000-0000-0000-0000000000c1");
    private static readonly Guid _tax = Guid.Parse("00000000-0000-0000-0000-00000000000a");
    private static readonly Guid _audit = Guid.Parse("00000000-0000-0000-0000-00000000000b");
    private static readonly Guid _deals = Guid.Parse("00000000-0000-0000-0000-00000000000c");

    [Theory]
    [InlineData(EngagementStatus.Completed, -100, true)]
    [InlineData(EngagementStatus.Active, -1, true)]
    [InlineData(EngagementStatus.Planned, -100, false)]
    [InlineData(EngagementStatus.Cancelled, -100, false)]
    [InlineData(EngagementStatus.Active, 10, false)]
    [InlineData(EngagementStatus.Active, 0, false)]
    public void An_engagement_is_bought_when_active_or_completed_and_started_before_the_as_of_instant(EngagementStatus status, int startedDaysFromAsOf, bool bought)
    {
        Assert.Equal(bought, ClientDefinitions.Bought(status, _asOf.AddDays(startedDaysFromAsOf), _asOf));
    }

    [Fact]
    public void An_active_or_completed_engagement_without_a_start_date_counts_as_bought()
    {
        Assert.True(ClientDefinitions.Bought(EngagementStatus.Completed, null, _asOf));
        Assert.False(ClientDefinitions.Bought(EngagementStatus.Planned, null, _asOf));
    }

    [Fact]
    public void The_lines_bought_leave_out_planned_and_cancelled_work_and_count_active_work()
    {
        var engagements = new[]
        {
            Engagement(1, _tax, EngagementStatus.Completed),
            Engagement(2, _tax, EngagementStatus.Completed),
            Engagement(3, _audit, EngagementStatus.Active),
            Engagement(4, _deals, EngagementStatus.Planned),
            Engagement(5, _deals, EngagementStatus.Cancelled),
        };

        Assert.Equal(new[] { _tax, _audit }.OrderBy(id => id), ClientDefinitions.ServiceLinesBought(engagements, _asOf));
    }

    [Fact]
    public void An_affinity_rebuilt_from_its_counts_gives_the_same_shares()
    {
        // Clients: {Tax, Audit}, {Tax}, {Tax, Deals, Audit}, {Audit}. Tax buyers 3, of whom Audit 2; Audit buyers 3, of whom Tax 2, Deals 1.
        var affinity = ServiceLineAffinity.FromClients(new[] { new[] { _tax, _audit }, new[] { _tax, _tax }, new[] { _tax, _deals, _audit }, new[] { _audit } });

        var rebuilt = ServiceLineAffinity.FromCounts(affinity.Counts());

        Assert.Equal((3, 2), (rebuilt.BuyersOf(_tax), rebuilt.Both(_tax, _audit)));
        Assert.Equal((3, 2, 1), (rebuilt.BuyersOf(_audit), rebuilt.Both(_audit, _tax), rebuilt.Both(_audit, _deals)));
        Assert.Equal(affinity.Counts(), rebuilt.Counts());
    }

    private static Engagement Engagement(int n, Guid line, EngagementStatus status) =>
        new(Guid.Parse($"00000000-0000-0000-0000-{n:D12}"), _client, line, status, startedOn: _asOf.AddYears(-1));
}
