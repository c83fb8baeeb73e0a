using System;
using System.Collections.Generic;
using System.Linq;
using CrmJourney.LocalOrg.Tests.Support;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace CrmJourney.LocalOrg.Tests.Querying;

public sealed class PagingTests
{
    private readonly LocalOrganization _org = TestOrganization.Create();

    [Fact]
    public void Twelve_rows_with_the_same_sort_value_read_five_per_page_come_back_each_exactly_once()
    {
        var created = Enumerable.Range(0, 12).Select(_ => _org.Create(new Entity("cjp_widget") { ["cjp_count"] = 7 })).ToHashSet();

        var pages = ReadAllPages(pageSize: 5);

        Assert.Equal(new[] { 5, 5, 2 }, pages.Select(page => page.Count));
        var seen = pages.SelectMany(page => page).ToList();
        Assert.Equal(12, seen.Distinct().Count());
        Assert.True(created.SetEquals(seen));
    }

    [Fact]
    public void Pages_ordered_by_the_primary_id_come_back_in_id_order_while_rows_are_written_between_pages()
    {
        var created = Enumerable.Range(0, 11).Select(index => _org.Create(new Entity("cjp_widget") { ["cjp_count"] = index })).ToList();
        var query = new QueryExpression("cjp_widget") { ColumnSet = new ColumnSet("cjp_count"), PageInfo = new PagingInfo { Count = 4, PageNumber = 1 } };
        query.AddOrder("cjp_widgetid", OrderType.Ascending);
        var seen = new List<Guid>();
        while (true)
        {
            var page = _org.RetrieveMultiple(query);
            seen.AddRange(page.Entities.Select(e => e.Id));
            _org.Update(new Entity("cjp_widget", created[0]) { ["cjp_count"] = seen.Count });
            if (!page.MoreRecords)
            {
                break;
            }

            query.PageInfo.PageNumber++;
            query.PageInfo.PagingCookie = page.PagingCookie;
        }

        Assert.Equal(created.OrderBy(id => id).ToList(), seen);
    }

    [Fact]
    public void The_cookie_has_Dataverses_shape_with_the_page_number_and_the_first_and_last_ids()
    {
        for (var index = 0; index < 3; index++)
        {
            _org.Create(new Entity("cjp_widget") { ["cjp_count"] = index });
        }

        var query = Query(pageSize: 2);
        var page = _org.RetrieveMultiple(query);

        var cookie = System.Xml.Linq.XElement.Parse(page.PagingCookie!);
        Assert.Equal("cookie", cookie.Name.LocalName);
        Assert.Equal("1", cookie.Attribute("page")!.Value);
        var idElement = cookie.Element("cjp_widgetid")!;
        Assert.Equal(page.Entities[1].Id, Guid.Parse(idElement.Attribute("last")!.Value));
        Assert.Equal(page.Entities[0].Id, Guid.Parse(idElement.Attribute("first")!.Value));
        Assert.True(page.MoreRecords);
    }

    [Fact]
    public void A_row_updated_between_pages_so_it_sorts_earlier_is_not_read_twice()
    {
        for (var index = 1; index <= 6; index++)
        {
            _org.Create(new Entity("cjp_widget") { ["cjp_count"] = index * 10 });
        }

        var query = Query(pageSize: 3);
        var first = _org.RetrieveMultiple(query);
        var lastOfFirstPage = first.Entities.Last().Id;
        var moved = _org.RetrieveMultiple(new QueryExpression("cjp_widget") { ColumnSet = new ColumnSet("cjp_count"), Criteria = { Conditions = { new ConditionExpression("cjp_count", ConditionOperator.Equal, 50) } } }).Entities.Single();
        _org.Update(new Entity("cjp_widget", moved.Id) { ["cjp_count"] = 5 });
        query.PageInfo.PageNumber = 2;
        query.PageInfo.PagingCookie = first.PagingCookie;

        var second = _org.RetrieveMultiple(query);

        Assert.Equal(new[] { 40, 60 }, second.Entities.Select(row => row.GetAttributeValue<int>("cjp_count")));
        Assert.DoesNotContain(second.Entities, row => row.Id == lastOfFirstPage);
        Assert.False(second.MoreRecords);
    }

    [Fact]
    public void Paging_by_page_number_without_a_cookie_skips_whole_pages()
    {
        for (var index = 1; index <= 5; index++)
        {
            _org.Create(new Entity("cjp_widget") { ["cjp_count"] = index });
        }

        var query = Query(pageSize: 2);
        query.PageInfo.PageNumber = 3;

        var page = _org.RetrieveMultiple(query);

        Assert.Equal(new[] { 5 }, page.Entities.Select(row => row.GetAttributeValue<int>("cjp_count")));
        Assert.False(page.MoreRecords);
    }

    [Fact]
    public void A_page_size_above_five_thousand_is_capped_at_five_thousand()
    {
        var rows = new EntityCollection { EntityName = "cjp_widget" };
        for (var index = 0; index < 5002; index++)
        {
            rows.Entities.Add(new Entity("cjp_widget"));
        }

        _org.Execute(new Microsoft.Xrm.Sdk.Messages.CreateMultipleRequest { Targets = rows });

        var page = _org.RetrieveMultiple(Query(pageSize: 10000));

        Assert.Equal(5000, page.Entities.Count);
        Assert.True(page.MoreRecords);
    }

    [Fact]
    public void ReturnTotalRecordCount_reports_every_matching_row_not_just_the_page()
    {
        for (var index = 0; index < 7; index++)
        {
            _org.Create(new Entity("cjp_widget") { ["cjp_count"] = index });
        }

        var query = Query(pageSize: 3);
        query.PageInfo.ReturnTotalRecordCount = true;

        Assert.Equal(7, _org.RetrieveMultiple(query).TotalRecordCount);
    }

    private QueryExpression Query(int pageSize)
    {
        var query = new QueryExpression("cjp_widget") { ColumnSet = new ColumnSet("cjp_count") };
        query.AddOrder("cjp_count", OrderType.Ascending);
        query.PageInfo = new PagingInfo { Count = pageSize, PageNumber = 1 };
        return query;
    }

    private List<List<Guid>> ReadAllPages(int pageSize)
    {
        var query = Query(pageSize);
        var pages = new List<List<Guid>>();
        while (true)
        {
            var page = _org.RetrieveMultiple(query);
            pages.Add(page.Entities.Select(row => row.Id).ToList());
            if (!page.MoreRecords)
            {
                return pages;
            }

            query.PageInfo.PageNumber++;
            query.PageInfo.PagingCookie = page.PagingCookie;
        }
    }
}
