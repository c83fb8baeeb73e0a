using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.Linq;

namespace CrmJourney.Domain.Journey;

/// <summary>
/// The stage moves a user may make by hand, as data: one row for every from → to pair of the four
/// stages (16 rows). Active client is never entered or left by hand because it follows the
/// engagements (an engagement in progress ⇔ Active client); Prospect is never re-entered because
/// history with the firm cannot be undone. The only hand moves allowed are marking a
/// between-engagements client as former, and undoing that marking.
/// </summary>
public static class ManualTransitionTable
{
    private static readonly ReadOnlyCollection<ManualTransitionRule> _rows = new(new[]
    {
        Same(JourneyStage.Prospect, "The account is already a prospect."),
        Refuse(JourneyStage.Prospect, JourneyStage.ActiveClient,
            "A prospect becomes an active client when an engagement starts: win the opportunity or create an active engagement for the account."),
        Refuse(JourneyStage.Prospect, JourneyStage.BetweenEngagements,
            "A prospect has completed no engagement, so it cannot be between engagements: record the completed engagement and the stage follows."),
        Refuse(JourneyStage.Prospect, JourneyStage.FormerClient,
            "A prospect has never been a client, so it cannot become a former client; mark the prospect's outcome as No way instead."),

        Refuse(JourneyStage.ActiveClient, JourneyStage.Prospect,
            "An active client has an engagement in progress, so it cannot go back to prospect; cancel the engagement if it was entered by mistake."),
        Same(JourneyStage.ActiveClient, "The account is already an active client."),
        Refuse(JourneyStage.ActiveClient, JourneyStage.BetweenEngagements,
            "The account still has an engagement in progress; complete or cancel its active engagements and it moves between engagements."),
        Refuse(JourneyStage.ActiveClient, JourneyStage.FormerClient,
            "The account still has an engagement in progress; complete or cancel its active engagements first, then mark it as a former client."),

        Refuse(JourneyStage.BetweenEngagements, JourneyStage.Prospect,
            "The account has completed work with the firm, so it cannot become a prospect again; leave it between engagements or mark it as a former client."),
        Refuse(JourneyStage.BetweenEngagements, JourneyStage.ActiveClient,
            "A client becomes active when an engagement starts: create or activate an engagement for the account."),
        Same(JourneyStage.BetweenEngagements, "The account is already between engagements."),
        Allow(JourneyStage.BetweenEngagements, JourneyStage.FormerClient,
            "The relationship has run its course: the account becomes a former client; set its sentiment (advocate or detractor) and the reason."),

        Refuse(JourneyStage.FormerClient, JourneyStage.Prospect,
            "A former client has history with the firm, so it cannot become a prospect again; to win it back, start a new engagement."),
        Refuse(JourneyStage.FormerClient, JourneyStage.ActiveClient,
            "A former client becomes active again when a new engagement starts: create or activate an engagement for the account (recorded as a win-back)."),
        Allow(JourneyStage.FormerClient, JourneyStage.BetweenEngagements,
            "The former-client marking is withdrawn: the account is between engagements again and is nurtured as a past client."),
        Same(JourneyStage.FormerClient, "The account is already a former client."),
    });

    /// <summary>All 16 rows, ordered by from stage then to stage.</summary>
    public static IReadOnlyList<ManualTransitionRule> Rows => _rows;

    /// <summary>
    /// Looks up the move from <paramref name="from"/> to <paramref name="to"/>. Undefined stage
    /// values are refused (never thrown), so a corrupt choice value cannot move an account.
    /// </summary>
    public static TransitionResult Check(JourneyStage from, JourneyStage to)
    {
        var row = _rows.FirstOrDefault(r => r.From == from && r.To == to);
        return row?.Result
            ?? TransitionResult.Refused($"The stage value {(int)from} → {(int)to} is not a journey stage; pick one of Prospect, Active client, Between engagements or Former client.");
    }

    private static ManualTransitionRule Same(JourneyStage stage, string explanation) =>
        new(stage, stage, TransitionResult.NoChange(explanation));

    private static ManualTransitionRule Allow(JourneyStage from, JourneyStage to, string explanation) =>
        new(from, to, TransitionResult.Allowed(explanation));

    private static ManualTransitionRule Refuse(JourneyStage from, JourneyStage to, string reason) =>
        new(from, to, TransitionResult.Refused(reason));
}
