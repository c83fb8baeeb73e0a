using System;
using System.Collections.Generic;
using System.Linq;
using CrmJourney.LocalOrg.Fetch;
using CrmJourney.LocalOrg.Tests.Support;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace CrmJourney.LocalOrg.Tests.Fetch;

public sealed class FetchThroughRetrieveMultipleTests
{
    private const int KindA = 573100000;
    private const int KindB = 573100001;

    [Fact]
    public void A_filtered_query_with_a_link_entity_returns_exactly_the_matching_rows()
    {
        var org = TestOrganization.Create();
        var contoso = org.Create(new Entity("account") { ["name"] = "Contoso" });
        var fabrikam = org.Create(new Entity("account") { ["name"] = "Fabrikam" });
        var bigContoso = Widget(org, "big contoso", contoso, 10, KindA, 100m);
        Widget(org, "small contoso", contoso, 2, KindA, 5m);
        Widget(org, "big fabrikam", fabrikam, 50, KindA, 100m);
        var otherBigContoso = Widget(org, "other big contoso", contoso, 7, KindB, 1m);
        Widget(org, "unlinked", null, 99, KindA, 1m);
        const string fetchXml = """
            <fetch>
              <entity name='cjp_widget'>
                <attribute name='cjp_name'/>
                <filter>
                  <condition attribute='cjp_count' operator='ge' value='5'/>
                </filter>
                <link-entity name='account' from='accountid' to='cjp_accountid' alias='acct'>
                  <attribute name='name'/>
                  <filter>
                    <condition attribute='name' operator='eq' value='Contoso'/>
                  </filter>
                </link-entity>
              </entity>
            </fetch>
            """;
        org.Counters.Reset();

        var result = org.RetrieveMultiple(new FetchExpression(fetchXml));

        Assert.Equal(new[] { bigContoso, otherBigContoso }.OrderBy(id => id), result.Entities.Select(row => row.Id).OrderBy(id => id));
        Assert.All(result.Entities, row => Assert.Equal("Contoso", row.GetAttributeValue<AliasedValue>("acct.name")!.Value));
        Assert.Equal(1, org.Counters.Total);
        Assert.Equal(1, org.Counters.For("RetrieveMultiple", "cjp_widget"));
    }

    [Fact]
    public void Paging_with_count_and_page_through_fetchxml_returns_every_row_exactly_once()
    {
        var org = TestOrganization.Create();
        var created = Enumerable.Range(1, 7).Select(i => Widget(org, $"w{i}", null, i, KindA, 1m)).ToHashSet();
        var seen = new List<Guid>();
        string? cookie = null;
        var moreRecords = true;
        var pages = 0;

        for (var page = 1; moreRecords; page++)
        {
            var cookieAttribute = cookie is null ? string.Empty : $" paging-cookie='{System.Security.SecurityElement.Escape(cookie)}'";
            var result = org.RetrieveMultiple(new FetchExpression(
                $"<fetch count='3' page='{page}'{cookieAttribute}><entity name='cjp_widget'><attribute name='cjp_name'/><order attribute='cjp_count'/></entity></fetch>"));
            seen.AddRange(result.Entities.Select(row => row.Id));
            cookie = result.PagingCookie;
            moreRecords = result.MoreRecords;
            pages++;
        }

        Assert.Equal(3, pages);
        Assert.Equal(7, seen.Count);
        Assert.Equal(created, seen.ToHashSet());
    }

    [Fact]
    public void An_aggregate_with_count_and_sum_grouped_by_a_choice_returns_the_hand_computed_values()
    {
        var org = TestOrganization.Create();
        Widget(org, "a1", null, 1, KindA, 10m);
        Widget(org, "a2", null, 2, KindA, 20.5m);
        Widget(org, "a3", null, 3, KindA, 4m);
        Widget(org, "b1", null, 4, KindB, 7m);
        Widget(org, "b2", null, 5, KindB, 3m);
        const string fetchXml = """
            <fetch aggregate='true'>
              <entity name='cjp_widget'>
                <attribute name='cjp_kind' alias='kind' groupby='true'/>
                <attribute name='cjp_widgetid' alias='n' aggregate='count'/>
                <attribute name='cjp_value' alias='total' aggregate='sum'/>
                <order alias='kind'/>
              </entity>
            </fetch>
            """;

        var result = org.RetrieveMultiple(new FetchExpression(fetchXml));

        Assert.Equal(2, result.Entities.Count);
        var a = result.Entities[0];
        var b = result.Entities[1];
        Assert.Equal(KindA, ((OptionSetValue)a.GetAttributeValue<AliasedValue>("kind")!.Value!).Value);
        Assert.Equal(3, a.GetAttributeValue<AliasedValue>("n")!.Value);
        Assert.Equal(34.5m, ((Money)a.GetAttributeValue<AliasedValue>("total")!.Value!).Value);
        Assert.Equal(KindB, ((OptionSetValue)b.GetAttributeValue<AliasedValue>("kind")!.Value!).Value);
        Assert.Equal(2, b.GetAttributeValue<AliasedValue>("n")!.Value);
        Assert.Equal(10m, ((Money)b.GetAttributeValue<AliasedValue>("total")!.Value!).Value);
    }

    [Fact]
    public void An_aggregate_over_more_rows_than_its_limit_faults_with_the_record_limit_fault()
    {
        var org = TestOrganization.Create();
        for (var i = 0; i < 4; i++)
        {
            Widget(org, $"w{i}", null, i, KindA, 1m);
        }

        FetchFaultAssert.Throws(
            FetchErrorCodes.AggregateQueryRecordLimit,
            "AggregateQueryRecordLimit exceeded",
            () => org.RetrieveMultiple(new FetchExpression("<fetch aggregate='true' aggregatelimit='3'><entity name='cjp_widget'><attribute name='cjp_widgetid' alias='n' aggregate='count'/></entity></fetch>")));
    }

    [Fact]
    public void An_unsupported_operator_faults_naming_it()
    {
        var org = TestOrganization.Create();

        FetchFaultAssert.Throws(
            FetchErrorCodes.NotSupported,
            "'last-week'",
            () => org.RetrieveMultiple(new FetchExpression("<fetch><entity name='cjp_widget'><filter><condition attribute='cjp_touchedon' operator='last-week'/></filter></entity></fetch>")));
    }

    private static Guid Widget(LocalOrganization org, string name, Guid? account, int count, int kind, decimal value)
    {
        var widget = new Entity("cjp_widget")
        {
            ["cjp_name"] = name,
            ["cjp_count"] = count,
            ["cjp_kind"] = new OptionSetValue(kind),
            ["cjp_value"] = new Money(value),
        };
        if (account is Guid id)
        {
            widget["cjp_accountid"] = new EntityReference("account", id);
        }

        return org.Create(widget);
    }
}
