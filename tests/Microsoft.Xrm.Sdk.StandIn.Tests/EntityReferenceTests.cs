using System;
using System.Collections.Generic;

namespace Microsoft.Xrm.Sdk.StandIn.Tests;

public sealed class EntityReferenceTests
{
    private static readonly Guid _id = new("5d1f7a60-2a3b-4c4d-8e9f-0a1b2c3d4e5f");

    [Fact]
    public void References_with_the_same_table_and_id_are_equal_whatever_their_names()
    {
        var a = new EntityReference("account", _id) { Name = "Contoso" };
        var b = new EntityReference("account", _id) { Name = "Contoso Ltd" };

        Assert.Equal(a, b);
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
    }

    [Fact]
    public void References_differing_in_table_or_id_are_not_equal()
    {
        var account = new EntityReference("account", _id);

        Assert.NotEqual(account, new EntityReference("contact", _id));
        Assert.NotEqual(account, new EntityReference("account", Guid.NewGuid()));
        Assert.NotEqual(account, new EntityReference("Account", _id));
        Assert.False(account.Equals(null));
        Assert.False(account.Equals("account"));
    }

    [Fact]
    public void Equal_references_find_each_other_in_a_hash_set()
    {
        var set = new HashSet<EntityReference> { new("account", _id) };

        Assert.Contains(new EntityReference("account", _id), set);
    }

    [Fact]
    public void The_key_constructor_identifies_the_record_by_alternate_key()
    {
        var reference = new EntityReference("cjp_serviceline", "cjp_code", "AUDIT");

        Assert.Equal("AUDIT", reference.KeyAttributes["cjp_code"]);
        Assert.Equal(Guid.Empty, reference.Id);
    }
}
