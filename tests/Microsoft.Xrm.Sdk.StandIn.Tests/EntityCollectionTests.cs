using System.Collections.Generic;

namespace Microsoft.Xrm.Sdk.StandIn.Tests;

public sealed class EntityCollectionTests
{
    [Fact]
    public void The_list_constructor_exposes_the_records_in_order_through_the_indexer()
    {
        var first = new Entity("account");
        var second = new Entity("account");

        var page = new EntityCollection(new List<Entity> { first, second });

        Assert.Same(first, page[0]);
        Assert.Same(second, page.Entities[1]);
        Assert.Equal(new[] { first, second }, page.Entities.ToArray());
    }

    [Fact]
    public void A_new_page_has_no_records_and_no_more_records()
    {
        var page = new EntityCollection();

        Assert.Empty(page.Entities);
        Assert.False(page.MoreRecords);
        Assert.Null(page.PagingCookie);
    }
}
