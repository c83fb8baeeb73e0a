using System;
using System.Collections.Generic;

namespace Microsoft.Xrm.Sdk.StandIn.Tests;

public sealed class EntityTests
{
    private static readonly Guid _accountId = new("0b6f1c39-3f1c-4c7e-9d7a-1a0c5f6e2b11");

    [Fact]
    public void GetAttributeValue_of_a_missing_column_returns_default()
    {
        var account = new Entity("account", _accountId);

        Assert.Null(account.GetAttributeValue<string>("name"));
        Assert.Equal(0, account.GetAttributeValue<int>("cjp_touchpointcount"));
        Assert.Null(account.GetAttributeValue<int?>("cjp_touchpointcount"));
        Assert.Equal(default, account.GetAttributeValue<DateTime>("cjp_stageenteredon"));
    }

    [Fact]
    public void GetAttributeValue_of_a_column_set_to_null_returns_default_although_the_column_is_present()
    {
        var account = new Entity("account") { ["cjp_referralcount"] = null };

        Assert.True(account.Contains("cjp_referralcount"));
        Assert.Equal(0, account.GetAttributeValue<int>("cjp_referralcount"));
    }

    [Fact]
    public void GetAttributeValue_reads_a_value_as_its_own_type_or_as_its_nullable()
    {
        var account = new Entity("account") { ["cjp_touchpointcount"] = 7, ["cjp_tier"] = new OptionSetValue(573100001) };

        Assert.Equal(7, account.GetAttributeValue<int>("cjp_touchpointcount"));
        Assert.Equal(7, account.GetAttributeValue<int?>("cjp_touchpointcount"));
        Assert.Equal(573100001, account.GetAttributeValue<OptionSetValue>("cjp_tier")?.Value);
    }

    [Fact]
    public void GetAttributeValue_of_another_type_throws_InvalidCastException()
    {
        var account = new Entity("account") { ["cjp_tier"] = new OptionSetValue(573100001) };

        Assert.Throws<InvalidCastException>(() => account.GetAttributeValue<int>("cjp_tier"));
    }

    [Fact]
    public void GetAttributeValue_with_a_blank_name_throws()
    {
        Assert.Throws<ArgumentNullException>(() => new Entity("account").GetAttributeValue<string>(" "));
    }

    [Fact]
    public void Indexer_of_a_missing_column_throws_KeyNotFoundException()
    {
        var account = new Entity("account");

        Assert.Throws<KeyNotFoundException>(() => account["name"]);
    }

    [Fact]
    public void Column_names_are_compared_ordinally_so_case_matters()
    {
        var account = new Entity("account") { ["name"] = "Contoso" };

        Assert.True(account.Contains("name"));
        Assert.False(account.Contains("Name"));
        Assert.Null(account.GetAttributeValue<string>("NAME"));
    }

    [Fact]
    public void The_indexer_writes_through_to_Attributes()
    {
        var account = new Entity("account") { ["name"] = "Contoso" };

        Assert.Equal("Contoso", account.Attributes["name"]);
        Assert.Single(account.Attributes);
    }

    [Fact]
    public void TryGetAttributeValue_is_false_for_a_missing_column_or_another_type()
    {
        var account = new Entity("account") { ["name"] = "Contoso" };

        Assert.True(account.TryGetAttributeValue<string>("name", out var name));
        Assert.Equal("Contoso", name);
        Assert.False(account.TryGetAttributeValue<string>("description", out _));
        Assert.False(account.TryGetAttributeValue<int>("name", out _));
    }

    [Fact]
    public void ToEntityReference_carries_the_table_and_the_id()
    {
        var account = new Entity("account", _accountId) { ["name"] = "Contoso" };

        var reference = account.ToEntityReference();

        Assert.Equal("account", reference.LogicalName);
        Assert.Equal(_accountId, reference.Id);
    }

    [Fact]
    public void The_alternate_key_constructor_fills_KeyAttributes_not_Attributes()
    {
        var serviceLine = new Entity("cjp_serviceline", "cjp_code", "TAX");

        Assert.Equal("TAX", serviceLine.KeyAttributes["cjp_code"]);
        Assert.False(serviceLine.Contains("cjp_code"));
        Assert.Equal(Guid.Empty, serviceLine.Id);
    }

    [Fact]
    public void A_new_entity_has_empty_collections_rather_than_null()
    {
        var entity = new Entity();

        Assert.Null(entity.LogicalName);
        Assert.Empty(entity.Attributes);
        Assert.Empty(entity.FormattedValues);
        Assert.Empty(entity.KeyAttributes);
    }
}
