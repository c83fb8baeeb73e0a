using System;
using System.Collections.Generic;
using CrmJourney.Domain.Engagements;
using CrmJourney.Domain.Rules;
using CrmJourney.Domain.Rules.Evaluators;
using CrmJourney.Domain.Rules.Validation;
using CrmJourney.Domain.Time;

namespace CrmJourney.Domain.Tests.Rules;

/// <summary>Short ways to make rules, contexts and prior firings.</summary>
internal static class Build
{
    public static readonly DateTime AsOf = new(2026, 11, 23, 9, 0, 0, DateTimeKind.Utc);

    public static readonly ServiceLine Tax = new(new Guid("aaaaaaaa-0000-0000-0000-000000000001"), "TAX", "Tax advisory");
    public static readonly ServiceLine Audit = new(new Guid("aaaaaaaa-0000-0000-0000-000000000002"), "AUD", "Audit");
    public static readonly ServiceLine Deals = new(new Guid("aaaaaaaa-0000-0000-0000-000000000003"), "TXS", "Transaction services");

    public static IReadOnlyList<ServiceLine> Catalogue => new[] { Tax, Audit, Deals };

    public static NurtureRule Rule(NurtureRuleDraft draft)
    {
        var result = NurtureRuleValidator.Validate(draft);
        Assert.True(result.IsValid, "The test's draft should be valid: " + string.Join("; ", result.Problems));
        return result.Rule!;
    }

    public static EvaluationContext Context(DateTime? asOf = null, IEnumerable<PriorFiring>? prior = null, IEnumerable<ServiceLine>? catalogue = null) =>
        new(new FixedClock(asOf ?? AsOf), catalogue ?? Catalogue, prior ?? Array.Empty<PriorFiring>());

    public static DateTime Utc(int year, int month, int day) => new(year, month, day, 0, 0, 0, DateTimeKind.Utc);

    public static PriorFiring Firing(Guid ruleId, Guid accountId, DateTime firedOn, bool taskOpen = false) =>
        new(ruleId, accountId, NurtureDedupeKey.DateWindow(firedOn), firedOn, taskOpen);
}
