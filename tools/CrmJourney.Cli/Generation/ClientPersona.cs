namespace CrmJourney.Cli.Generation;

/// <summary>The kinds of client history the generator mixes, so every part of the journey shows up in the data.</summary>
internal enum ClientPersona
{
    /// <summary>Evaluates the firm and never buys: lost "not now" or "no way".</summary>
    NeverClient,

    /// <summary>A "not now" first, then a client months later.</summary>
    NotNowThenClient,

    /// <summary>Comes back repeatedly, always for the same service line (pigeonholed).</summary>
    OneService,

    /// <summary>Comes back repeatedly across service lines.</summary>
    MultiService,

    /// <summary>One or two engagements, then drifts away and is marked a former client — an advocate.</summary>
    Drifter,

    /// <summary>A bad last engagement, then marked a former client — a detractor.</summary>
    BadExperience,
}
