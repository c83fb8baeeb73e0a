using System;
using System.Collections.Generic;
using System.Linq;

namespace Microsoft.Xrm.Sdk.StandIn.Tests;

public sealed class AttributeCollectionTests
{
    [Fact]
    public void Add_of_an_existing_key_throws_but_the_indexer_overwrites()
    {
        var attributes = new AttributeCollection { { "name", "Contoso" } };

        Assert.Throws<ArgumentException>(() => attributes.Add("name", "Fabrikam"));
        attributes["name"] = "Fabrikam";
        Assert.Equal("Fabrikam", attributes["name"]);
    }

    [Fact]
    public void TryGetValue_and_ContainsKey_report_absence_without_throwing()
    {
        var attributes = new AttributeCollection { { "name", "Contoso" } };

        Assert.False(attributes.TryGetValue("description", out _));
        Assert.False(attributes.ContainsKey("description"));
        Assert.True(attributes.TryGetValue("name", out var name));
        Assert.Equal("Contoso", name);
    }

    [Fact]
    public void Remove_reports_whether_the_key_was_present()
    {
        var attributes = new AttributeCollection { { "name", "Contoso" } };

        Assert.True(attributes.Remove("name"));
        Assert.False(attributes.Remove("name"));
        Assert.Equal(0, attributes.Count);
    }

    [Fact]
    public void AddRange_adds_every_pair_and_enumeration_returns_them()
    {
        var attributes = new AttributeCollection();

        attributes.AddRange(new KeyValuePair<string, object?>("name", "Contoso"), new KeyValuePair<string, object?>("cjp_touchpointcount", 3));

        Assert.Equal(2, attributes.Count);
        Assert.Equal(new[] { "cjp_touchpointcount", "name" }, attributes.Select(p => p.Key).OrderBy(k => k, StringComparer.Ordinal));
        Assert.True(attributes.Contains(new KeyValuePair<string, object?>("cjp_touchpointcount", 3)));
        Assert.False(attributes.Contains(new KeyValuePair<string, object?>("cjp_touchpointcount", 4)));
    }

    [Fact]
    public void ParameterCollection_TryGetValue_of_T_is_false_for_a_value_of_another_type()
    {
        var parameters = new ParameterCollection { { "Target", new Entity("account") } };

        Assert.True(parameters.TryGetValue<Entity>("Target", out var target));
        Assert.Equal("account", target.LogicalName);
        Assert.False(parameters.TryGetValue<EntityReference>("Target", out _));
        Assert.False(parameters.TryGetValue<Entity>("PreImage", out _));
    }

    [Fact]
    public void ParameterCollection_AddOrUpdateIfNotNull_ignores_null()
    {
        var parameters = new ParameterCollection();

        parameters.AddOrUpdateIfNotNull("Tag", null);
        parameters.AddOrUpdateIfNotNull("Depth", 2);
        parameters.AddOrUpdateIfNotNull("Depth", 3);

        Assert.False(parameters.Contains("Tag"));
        Assert.Equal(3, parameters["Depth"]);
    }
}
