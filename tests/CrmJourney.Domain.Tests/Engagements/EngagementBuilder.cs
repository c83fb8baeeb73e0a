using System;
using CrmJourney.Domain.Engagements;

namespace CrmJourney.Domain.Tests.Engagements;

/// <summary>Builds engagements with sensible defaults: one account, the "Tax" service line, planned.</summary>
internal sealed class EngagementBuilder
{
    public static readonly Guid DefaultAccount = new("acc00000-0000-0000-0000-000000000001");
    public static readonly Guid Tax = new("5e000000-0000-0000-0000-00000000000a");
    public static readonly Guid Audit = new("5e000000-0000-0000-0000-00000000000b");

    private Guid _account = DefaultAccount;
    private Guid _serviceLine = Tax;
    private EngagementStatus _status = EngagementStatus.Planned;
    private DateTime? _startedOn;
    private DateTime? _endedOn;

    public static EngagementBuilder AnEngagement() => new();

    public EngagementBuilder For(Guid account)
    {
        _account = account;
        return this;
    }

    public EngagementBuilder In(Guid serviceLine)
    {
        _serviceLine = serviceLine;
        return this;
    }

    public EngagementBuilder Active(DateTime startedOn)
    {
        _status = EngagementStatus.Active;
        _startedOn = startedOn;
        return this;
    }

    public EngagementBuilder Completed(DateTime startedOn, DateTime endedOn)
    {
        _status = EngagementStatus.Completed;
        _startedOn = startedOn;
        _endedOn = endedOn;
        return this;
    }

    public EngagementBuilder Cancelled(DateTime startedOn, DateTime endedOn)
    {
        _status = EngagementStatus.Cancelled;
        _startedOn = startedOn;
        _endedOn = endedOn;
        return this;
    }

    public EngagementBuilder Planned(DateTime startsOn)
    {
        _status = EngagementStatus.Planned;
        _startedOn = startsOn;
        return this;
    }

    public Engagement Build() => new(Guid.NewGuid(), _account, _serviceLine, _status, _startedOn, _endedOn, 1000m);
}
