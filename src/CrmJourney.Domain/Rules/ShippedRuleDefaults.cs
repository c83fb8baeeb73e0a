namespace CrmJourney.Domain.Rules;

/// <summary>
/// The thresholds of the rule set the product ships (tools/CrmJourney.Cli/rules.default.json), for what
/// cannot read a firm's own rules: the app's static views and chart (FetchXML holds numbers, not a
/// lookup to the rule) and the report when the data holds no rule of the type. A firm that changes a
/// rule's threshold sees its own number in the sweep, rules preview and report; the shipped views keep
/// these until someone edits them in the app. A test fails when the rule file and these drift apart.
/// </summary>
public static class ShippedRuleDefaults
{
    /// <summary>The shipped Quiet rule's threshold: no touchpoint for this many whole days.</summary>
    public const int QuietThresholdDays = 120;

    /// <summary>The shipped Pigeonholed rule's minimum of completed engagements.</summary>
    public const int PigeonholedMinimumCompletedEngagements = 2;

    /// <summary>The shipped Advocate check-in rule's threshold: an advocate not contacted for this many whole days.</summary>
    public const int AdvocateCheckInThresholdDays = 180;
}
