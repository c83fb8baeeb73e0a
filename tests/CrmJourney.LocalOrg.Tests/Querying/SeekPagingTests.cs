using System;
using System.Collections.Generic;
using System.Linq;
using CrmJourney.LocalOrg.Tests.Support;
using CsCheck;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace CrmJourney.LocalOrg.Tests.Querying;

/// <summary>
/// Later pages of a single-table query in id order are read by seeking past the cookie's last id when the
/// table changed since the previous page. These tests pin that path against the full path (the same query
/// asking for the total count, which always evaluates and sorts everything) and against a plain model of
/// the table: same rows, same cookie, same MoreRecords, page after page, with writes between pages.
/// </summary>
public sealed class SeekPagingTests
{
    private const int KindA = 573100000;
    private const int KindB = 573100001;
    private const int KindC = 573100002;

    private static readonly Gen<(Guid Id, int Count, int Kind)> _rowGen =
        Gen.Select(Gen.Guid, Gen.Int[0, 4], Gen.Int[KindA, KindC]);

    private static readonly Gen<(Guid Id, int Count, int Kind, int Action, int Target)> _writeGen =
        Gen.Select(Gen.Guid, Gen.Int[0, 4], Gen.Int[KindA, KindC], Gen.Int[0, 2], Gen.Int[0, 1000]);

    [Fact]
    public void Seeking_past_the_cookie_returns_the_same_pages_cookies_and_MoreRecords_as_the_full_path()
    {
        Gen.Select(_rowGen.Array[0, 30], Gen.Int[1, 6], Gen.Int[0, 3], Gen.Bool, _writeGen.Array[0, 8])
            .Sample((rows, pageSize, criteria, orderById, writes) => ReadEveryPageBothWays(rows, pageSize, criteria, orderById, writes), iter: 150);
    }

    [Fact]
    public void A_page_read_by_seeking_is_not_cached_as_the_whole_result()
    {
        var org = TestOrganization.Create();
        for (var index = 0; index < 6; index++)
        {
            org.Create(new Entity("cjp_widget") { ["cjp_count"] = index });
        }

        var query = Query(pageSize: 2, criteria: 0, orderById: true);
        var first = org.RetrieveMultiple(query);
        org.Create(new Entity("cjp_widget") { ["cjp_count"] = 9 });
        query.PageInfo.PageNumber = 2;
        query.PageInfo.PagingCookie = first.PagingCookie;
        var seeksBefore = org.Counters.Seeks;
        org.RetrieveMultiple(query);
        Assert.Equal(seeksBefore + 1, org.Counters.Seeks);

        var again = Query(pageSize: 5000, criteria: 0, orderById: true);
        again.PageInfo.ReturnTotalRecordCount = true;
        var whole = org.RetrieveMultiple(again);

        Assert.Equal(7, whole.Entities.Count);
        Assert.Equal(7, whole.TotalRecordCount);
    }

    [Fact]
    public void A_later_page_ordered_by_another_column_or_distinct_does_not_seek()
    {
        var org = TestOrganization.Create();
        for (var index = 0; index < 6; index++)
        {
            org.Create(new Entity("cjp_widget") { ["cjp_count"] = index % 2 });
        }

        var byCount = new QueryExpression("cjp_widget") { ColumnSet = new ColumnSet("cjp_count"), PageInfo = new PagingInfo { Count = 2, PageNumber = 1 } };
        byCount.AddOrder("cjp_count", OrderType.Ascending);
        var distinct = new QueryExpression("cjp_widget") { ColumnSet = new ColumnSet("cjp_count"), Distinct = true, PageInfo = new PagingInfo { Count = 1, PageNumber = 1 } };
        foreach (var query in new[] { byCount, distinct })
        {
            var first = org.RetrieveMultiple(query);
            org.Create(new Entity("cjp_widget") { ["cjp_count"] = 1 });
            query.PageInfo.PageNumber = 2;
            query.PageInfo.PagingCookie = first.PagingCookie;
            org.RetrieveMultiple(query);
        }

        Assert.Equal(0, org.Counters.Seeks);
    }

    [Fact]
    public void A_malformed_cookie_on_a_page_that_would_seek_is_refused_as_before()
    {
        var org = TestOrganization.Create();
        org.Create(new Entity("cjp_widget") { ["cjp_count"] = 1 });
        var query = Query(pageSize: 2, criteria: 0, orderById: false);
        query.PageInfo.PageNumber = 2;
        query.PageInfo.PagingCookie = "<cookie page=\"1\"><cjp_widgetid last=\"not-a-guid\" /></cookie>";

        var fault = Assert.Throws<System.ServiceModel.FaultException<OrganizationServiceFault>>(() => org.RetrieveMultiple(query));

        Assert.Contains("paging cookie", fault.Message, StringComparison.OrdinalIgnoreCase);
    }

    private static void ReadEveryPageBothWays((Guid Id, int Count, int Kind)[] rows, int pageSize, int criteria, bool orderById, (Guid Id, int Count, int Kind, int Action, int Target)[] writes)
    {
        var org = TestOrganization.Create();
        var model = new Dictionary<Guid, (int Count, int Kind)>();
        foreach (var (id, count, kind) in rows.DistinctBy(row => row.Id))
        {
            Create(org, model, id, count, kind);
        }

        var query = Query(pageSize, criteria, orderById);
        Guid? last = null;
        var written = 0;
        var wroteBeforeThisPage = false;
        while (true)
        {
            var seeksBefore = org.Counters.Seeks;
            var page = org.RetrieveMultiple(query);
            var seeks = org.Counters.Seeks - seeksBefore;
            var full = org.RetrieveMultiple(WithTotalCount(query));

            var expected = model.Where(pair => Matches(criteria, pair.Value)).Select(pair => pair.Key)
                .Where(id => last == null || id.CompareTo(last.Value) > 0).OrderBy(id => id).ToList();
            Assert.Equal(expected.Take(pageSize), page.Entities.Select(entity => entity.Id));
            Assert.Equal(expected.Take(pageSize).Select(id => model[id].Count), page.Entities.Select(entity => entity.GetAttributeValue<int>("cjp_count")));
            Assert.Equal(expected.Count > pageSize, page.MoreRecords);
            Assert.Equal(full.Entities.Select(entity => entity.Id), page.Entities.Select(entity => entity.Id));
            Assert.Equal(full.MoreRecords, page.MoreRecords);
            Assert.Equal(full.PagingCookie, page.PagingCookie);
            Assert.Equal(-1, page.TotalRecordCount);

            // A later page read right after a write (the cached full result is stale) seeks; otherwise the cache answers.
            Assert.Equal(wroteBeforeThisPage ? 1 : 0, seeks);
            if (!page.MoreRecords)
            {
                break;
            }

            last = page.Entities[page.Entities.Count - 1].Id;
            wroteBeforeThisPage = written < writes.Length && Write(org, model, writes[written++]);
            query.PageInfo.PageNumber++;
            query.PageInfo.PagingCookie = page.PagingCookie;
            Assert.True(query.PageInfo.PageNumber < 200, "The read did not finish.");
        }
    }

    /// <summary>Creates the write's row (unless its id exists) and updates or deletes another; false when nothing was written.</summary>
    private static bool Write(LocalOrganization org, Dictionary<Guid, (int Count, int Kind)> model, (Guid Id, int Count, int Kind, int Action, int Target) write)
    {
        var existing = model.Keys.OrderBy(id => id).ToList();
        var wrote = false;
        if (!model.ContainsKey(write.Id))
        {
            Create(org, model, write.Id, write.Count, write.Kind);
            wrote = true;
        }

        if (existing.Count == 0)
        {
            return wrote;
        }

        var target = existing[write.Target % existing.Count];
        if (write.Action == 1)
        {
            org.Update(new Entity("cjp_widget", target) { ["cjp_count"] = write.Count, ["cjp_kind"] = new OptionSetValue(write.Kind) });
            model[target] = (write.Count, write.Kind);
            wrote = true;
        }
        else if (write.Action == 2)
        {
            org.Delete("cjp_widget", target);
            model.Remove(target);
            wrote = true;
        }

        return wrote;
    }

    private static void Create(LocalOrganization org, Dictionary<Guid, (int Count, int Kind)> model, Guid id, int count, int kind)
    {
        org.Create(new Entity("cjp_widget", id) { ["cjp_count"] = count, ["cjp_kind"] = new OptionSetValue(kind) });
        model[id] = (count, kind);
    }

    private static bool Matches(int criteria, (int Count, int Kind) row) => criteria switch
    {
        1 => row.Count >= 2,
        2 => row.Kind == KindB,
        3 => row.Kind is KindA or KindC,
        _ => true,
    };

    private static QueryExpression Query(int pageSize, int criteria, bool orderById)
    {
        var query = new QueryExpression("cjp_widget") { ColumnSet = new ColumnSet("cjp_count", "cjp_kind"), PageInfo = new PagingInfo { Count = pageSize, PageNumber = 1 } };
        switch (criteria)
        {
            case 1:
                query.Criteria.AddCondition("cjp_count", ConditionOperator.GreaterEqual, 2);
                break;
            case 2:
                query.Criteria.AddCondition("cjp_kind", ConditionOperator.Equal, KindB);
                break;
            case 3:
                query.Criteria.AddCondition("cjp_kind", ConditionOperator.In, KindA, KindC);
                break;
        }

        if (orderById)
        {
            query.AddOrder("cjp_widgetid", OrderType.Ascending);
        }

        return query;
    }

    private static QueryExpression WithTotalCount(QueryExpression query)
    {
        var full = Query(query.PageInfo.Count, 0, false);
        full.Criteria = query.Criteria;
        full.Orders.Clear();
        foreach (var order in query.Orders)
        {
            full.Orders.Add(order);
        }

        full.PageInfo = new PagingInfo { Count = query.PageInfo.Count, PageNumber = query.PageInfo.PageNumber, PagingCookie = query.PageInfo.PagingCookie, ReturnTotalRecordCount = true };
        return full;
    }
}
