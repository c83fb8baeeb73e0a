using System;
using System.Collections.Frozen;
using System.Collections.Generic;
using System.Linq;
using Microsoft.Xrm.Sdk.Query;

namespace CrmJourney.LocalOrg.Fetch;

/// <summary>
/// The FetchXML condition operators LocalOrg's engine runs, and the others Dataverse knows. The
/// supported set is the one the product's queries and views need; every other Dataverse operator
/// (hierarchy, fiscal periods, business unit…) is refused by name rather than mistranslated.
/// </summary>
internal static class FetchConditionOperators
{
    private static readonly FrozenDictionary<string, FetchOperator> _supported = new[]
    {
        new FetchOperator("eq", ConditionOperator.Equal, FetchOperatorValues.One, FetchOperatorColumns.Any),
        new FetchOperator("ne", ConditionOperator.NotEqual, FetchOperatorValues.One, FetchOperatorColumns.Any),
        new FetchOperator("neq", ConditionOperator.NotEqual, FetchOperatorValues.One, FetchOperatorColumns.Any),
        new FetchOperator("gt", ConditionOperator.GreaterThan, FetchOperatorValues.One, FetchOperatorColumns.Any),
        new FetchOperator("ge", ConditionOperator.GreaterEqual, FetchOperatorValues.One, FetchOperatorColumns.Any),
        new FetchOperator("lt", ConditionOperator.LessThan, FetchOperatorValues.One, FetchOperatorColumns.Any),
        new FetchOperator("le", ConditionOperator.LessEqual, FetchOperatorValues.One, FetchOperatorColumns.Any),
        new FetchOperator("null", ConditionOperator.Null, FetchOperatorValues.None, FetchOperatorColumns.Any),
        new FetchOperator("not-null", ConditionOperator.NotNull, FetchOperatorValues.None, FetchOperatorColumns.Any),
        new FetchOperator("in", ConditionOperator.In, FetchOperatorValues.Many, FetchOperatorColumns.Any),
        new FetchOperator("not-in", ConditionOperator.NotIn, FetchOperatorValues.Many, FetchOperatorColumns.Any),
        new FetchOperator("between", ConditionOperator.Between, FetchOperatorValues.Two, FetchOperatorColumns.Any),
        new FetchOperator("not-between", ConditionOperator.NotBetween, FetchOperatorValues.Two, FetchOperatorColumns.Any),
        new FetchOperator("like", ConditionOperator.Like, FetchOperatorValues.One, FetchOperatorColumns.Text),
        new FetchOperator("not-like", ConditionOperator.NotLike, FetchOperatorValues.One, FetchOperatorColumns.Text),
        new FetchOperator("begins-with", ConditionOperator.BeginsWith, FetchOperatorValues.One, FetchOperatorColumns.Text),
        new FetchOperator("not-begin-with", ConditionOperator.DoesNotBeginWith, FetchOperatorValues.One, FetchOperatorColumns.Text),
        new FetchOperator("ends-with", ConditionOperator.EndsWith, FetchOperatorValues.One, FetchOperatorColumns.Text),
        new FetchOperator("not-end-with", ConditionOperator.DoesNotEndWith, FetchOperatorValues.One, FetchOperatorColumns.Text),
        new FetchOperator("on", ConditionOperator.On, FetchOperatorValues.One, FetchOperatorColumns.Date),
        new FetchOperator("on-or-before", ConditionOperator.OnOrBefore, FetchOperatorValues.One, FetchOperatorColumns.Date),
        new FetchOperator("on-or-after", ConditionOperator.OnOrAfter, FetchOperatorValues.One, FetchOperatorColumns.Date),
        new FetchOperator("today", ConditionOperator.Today, FetchOperatorValues.None, FetchOperatorColumns.Date),
        new FetchOperator("yesterday", ConditionOperator.Yesterday, FetchOperatorValues.None, FetchOperatorColumns.Date),
        new FetchOperator("tomorrow", ConditionOperator.Tomorrow, FetchOperatorValues.None, FetchOperatorColumns.Date),
        new FetchOperator("this-year", ConditionOperator.ThisYear, FetchOperatorValues.None, FetchOperatorColumns.Date),
        new FetchOperator("last-x-days", ConditionOperator.LastXDays, FetchOperatorValues.Count, FetchOperatorColumns.Date),
        new FetchOperator("next-x-days", ConditionOperator.NextXDays, FetchOperatorValues.Count, FetchOperatorColumns.Date),
        new FetchOperator("last-x-months", ConditionOperator.LastXMonths, FetchOperatorValues.Count, FetchOperatorColumns.Date),
        new FetchOperator("olderthan-x-days", ConditionOperator.OlderThanXDays, FetchOperatorValues.Count, FetchOperatorColumns.Date),
        new FetchOperator("olderthan-x-months", ConditionOperator.OlderThanXMonths, FetchOperatorValues.Count, FetchOperatorColumns.Date),
        new FetchOperator("eq-userid", ConditionOperator.EqualUserId, FetchOperatorValues.None, FetchOperatorColumns.User),
        new FetchOperator("ne-userid", ConditionOperator.NotEqualUserId, FetchOperatorValues.None, FetchOperatorColumns.User),
        new FetchOperator("contain-values", ConditionOperator.ContainValues, FetchOperatorValues.Many, FetchOperatorColumns.MultiChoice),
        new FetchOperator("not-contain-values", ConditionOperator.DoesNotContainValues, FetchOperatorValues.Many, FetchOperatorColumns.MultiChoice),
    }.ToFrozenDictionary(op => op.Name, StringComparer.Ordinal);

    // The rest of Dataverse's FetchXML operators (condition element reference): valid FetchXML
    // that LocalOrg does not run, told apart from names FetchXML does not have at all.
    private static readonly FrozenSet<string> _knownUnsupported = new[]
    {
        "above", "eq-or-above", "under", "eq-or-under", "not-under",
        "eq-businessid", "ne-businessid", "eq-userlanguage",
        "eq-userteams", "eq-useroruserteams", "eq-useroruserhierarchy", "eq-useroruserhierarchyandteams",
        "last-seven-days", "next-seven-days", "last-week", "this-week", "next-week",
        "last-month", "this-month", "next-month", "last-year", "next-year",
        "last-x-hours", "next-x-hours", "last-x-weeks", "next-x-weeks", "next-x-months",
        "last-x-years", "next-x-years",
        "olderthan-x-minutes", "olderthan-x-hours", "olderthan-x-weeks", "olderthan-x-years",
        "in-fiscal-period", "in-fiscal-period-and-year", "in-fiscal-year",
        "in-or-after-fiscal-period-and-year", "in-or-before-fiscal-period-and-year",
        "last-fiscal-period", "last-fiscal-year", "next-fiscal-period", "next-fiscal-year",
        "last-x-fiscal-periods", "last-x-fiscal-years", "next-x-fiscal-periods", "next-x-fiscal-years",
        "this-fiscal-period", "this-fiscal-year",
        "not-on", "mask", "not-mask", "masks-select", "child-of",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>The operator named <paramref name="name"/>, when LocalOrg runs it.</summary>
    public static bool TryGet(string name, out FetchOperator fetchOperator) =>
        _supported.TryGetValue(name, out fetchOperator!);

    /// <summary>Whether <paramref name="name"/> is a Dataverse FetchXML operator LocalOrg does not run.</summary>
    public static bool IsKnownButUnsupported(string name) => _knownUnsupported.Contains(name);

    /// <summary>The names LocalOrg runs, for messages.</summary>
    public static IEnumerable<string> SupportedNames => _supported.Keys.Order(StringComparer.Ordinal);
}
