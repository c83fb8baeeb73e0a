namespace CrmJourney.Cli.Generation;

/// <summary>The kinds of event the generator writes, counted in the demo's summary.</summary>
public enum HistoryEventKind
{
    /// <summary>An account, contact or opportunity is created.</summary>
    Record,

    /// <summary>A completed activity (email, phone call, meeting, event, letter): a touchpoint.</summary>
    Activity,

    /// <summary>An opportunity is won (the plugins start an engagement).</summary>
    Win,

    /// <summary>An opportunity is lost (not now, or no way).</summary>
    Loss,

    /// <summary>An engagement is completed with the client's satisfaction.</summary>
    EngagementEnd,

    /// <summary>A partner marks a client as former (advocate or detractor).</summary>
    Farewell,
}
