namespace Microsoft.Xrm.Sdk.StandIn.Tests;

public sealed class ValueTypesEqualityTests
{
    [Fact]
    public void Option_set_values_with_the_same_number_are_equal_and_hash_alike()
    {
        Assert.Equal(new OptionSetValue(573100002), new OptionSetValue(573100002));
        Assert.Equal(new OptionSetValue(573100002).GetHashCode(), new OptionSetValue(573100002).GetHashCode());
        Assert.NotEqual(new OptionSetValue(573100002), new OptionSetValue(573100003));
    }

    [Fact]
    public void Money_with_the_same_amount_is_equal_and_hashes_alike()
    {
        Assert.Equal(new Money(1250.50m), new Money(1250.5m));
        Assert.Equal(new Money(1250.50m).GetHashCode(), new Money(1250.5m).GetHashCode());
        Assert.NotEqual(new Money(1250.50m), new Money(1250.51m));
    }

    [Fact]
    public void Money_and_an_option_set_value_with_the_same_number_are_not_equal()
    {
        Assert.False(new Money(5m).Equals(new OptionSetValue(5)));
        Assert.False(new OptionSetValue(5).Equals(5));
    }

    [Fact]
    public void Relationships_are_equal_by_schema_name_and_role()
    {
        var plain = new Relationship("cjp_account_cjp_engagement");

        Assert.Equal(plain, new Relationship("cjp_account_cjp_engagement"));
        Assert.NotEqual(plain, new Relationship("cjp_account_cjp_engagement") { PrimaryEntityRole = EntityRole.Referenced });
        Assert.Equal("cjp_account_cjp_engagement", plain.ToString());
    }
}
