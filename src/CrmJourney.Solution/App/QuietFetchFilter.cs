using System.Globalization;
using CrmJourney.Domain.Rules;
using AccountTable = CrmJourney.Plugins.Schema.Account;

namespace CrmJourney.Solution.App;

/// <summary>
/// The Quiet rule's silence test (<c>QuietEvaluator</c>) as close as static FetchXML can say it, for the
/// "Clients gone quiet" views and the "Quiet clients by partner" chart: the last touchpoint is older than
/// the threshold; or there never was one and the account entered its stage before the threshold; or
/// neither date is set and its first engagement started before it. An account with none of the three
/// dates is not quiet — the rule does not guess either. Two differences remain, both inherent to a
/// saved view: the threshold is the shipped rule's (<see cref="ShippedRuleDefaults.QuietThresholdDays"/>),
/// since FetchXML cannot read a firm's own rule, so a firm that changes its Quiet rule's threshold sees
/// its number in the sweep and the report while the views keep the shipped one until edited in the app;
/// and olderthan-x-days counts back from the current time rather than whole dates, so on the threshold
/// day itself an account can appear a few hours later than the sweep flags it.
/// </summary>
internal static class QuietFetchFilter
{
    /// <summary>The shipped Quiet rule's threshold (one constant for the rule set, the views and the chart).</summary>
    public const int Days = ShippedRuleDefaults.QuietThresholdDays;

    /// <summary>The silence test for <paramref name="days"/> days as one FetchXML filter element.</summary>
    public static string SilentFor(int days)
    {
        var older = string.Create(CultureInfo.InvariantCulture, $"operator=\"olderthan-x-days\" value=\"{days}\"");
        var noTouchpoint = $"<condition attribute=\"{AccountTable.Columns.LastTouchpointOn}\" operator=\"null\" />";
        return "<filter type=\"or\">"
            + $"<condition attribute=\"{AccountTable.Columns.LastTouchpointOn}\" {older} />"
            + $"<filter type=\"and\">{noTouchpoint}<condition attribute=\"{AccountTable.Columns.StageEnteredOn}\" {older} /></filter>"
            + $"<filter type=\"and\">{noTouchpoint}<condition attribute=\"{AccountTable.Columns.StageEnteredOn}\" operator=\"null\" /><condition attribute=\"{AccountTable.Columns.FirstEngagementOn}\" {older} /></filter>"
            + "</filter>";
    }
}
