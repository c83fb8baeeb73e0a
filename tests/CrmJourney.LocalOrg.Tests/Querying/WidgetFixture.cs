using System;
using System.Linq;
using CrmJourney.LocalOrg.Tests.Support;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace CrmJourney.LocalOrg.Tests.Querying;

/// <summary>
/// Five widgets with hand-picked values, the clock at 2026-11-23 09:00 UTC:
/// Alpha (count 1, kind 0, active, touched 2026-11-22 09:00, stages 0+1, value 10, code "A-1"),
/// Beta (count 5, kind 1, inactive, touched 2026-11-13 09:00, stages 2, value 50, code "B_2"),
/// Gamma (count 10, no kind, touched 2026-11-23 08:00, no stages, no value, code "C%3"),
/// delta (no count, kind 2, touched 2026-11-25 12:00, stages 1+3, no code),
/// Epsilon (count 7, kind 0, touched 2026-10-14 09:00, no stages, code "E-5").
/// Choice values are 573100000 + the digit.
/// </summary>
internal sealed class WidgetFixture
{
    public WidgetFixture()
    {
        Org = TestOrganization.Create();
        Add("Alpha", 1, 0, true, new DateTime(2026, 11, 22, 9, 0, 0, DateTimeKind.Utc), new[] { 0, 1 }, 10m, "A-1");
        Add("Beta", 5, 1, false, new DateTime(2026, 11, 13, 9, 0, 0, DateTimeKind.Utc), new[] { 2 }, 50m, "B_2");
        Add("Gamma", 10, null, null, new DateTime(2026, 11, 23, 8, 0, 0, DateTimeKind.Utc), null, null, "C%3");
        Add("delta", null, 2, null, new DateTime(2026, 11, 25, 12, 0, 0, DateTimeKind.Utc), new[] { 1, 3 }, null, null);
        Add("Epsilon", 7, 0, null, new DateTime(2026, 10, 14, 9, 0, 0, DateTimeKind.Utc), null, null, "E-5");
    }

    public LocalOrganization Org { get; }

    public static int Choice(int digit) => 573100000 + digit;

    public string[] Names(params ConditionExpression[] conditions)
    {
        var query = new QueryExpression("cjp_widget") { ColumnSet = new ColumnSet("cjp_name") };
        foreach (var condition in conditions)
        {
            query.Criteria.AddCondition(condition);
        }

        return Names(query);
    }

    public string[] Names(QueryExpression query) =>
        Org.RetrieveMultiple(query).Entities.Select(entity => entity.GetAttributeValue<string>("cjp_name")!).OrderBy(name => name, StringComparer.Ordinal).ToArray();

    private void Add(string name, int? count, int? kind, bool? active, DateTime touched, int[]? stages, decimal? value, string? code)
    {
        var widget = new Entity("cjp_widget") { ["cjp_name"] = name, ["cjp_touchedon"] = touched, ["cjp_code"] = code, ["cjp_count"] = count, ["cjp_active"] = active };
        if (kind is int digit)
        {
            widget["cjp_kind"] = new OptionSetValue(Choice(digit));
        }

        if (stages != null)
        {
            widget["cjp_stages"] = new OptionSetValueCollection(stages.Select(stage => new OptionSetValue(Choice(stage))).ToList());
        }

        if (value is decimal amount)
        {
            widget["cjp_value"] = new Money(amount);
        }

        Org.Create(widget);
    }
}
