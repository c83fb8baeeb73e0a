using Microsoft.Xrm.Sdk.Query;

namespace Microsoft.Xrm.Sdk.StandIn.Tests.Query;

public sealed class ColumnSetTests
{
    [Fact]
    public void The_params_constructor_names_the_columns_in_order_without_all_columns()
    {
        var columns = new ColumnSet("name", "cjp_journeystage");

        Assert.False(columns.AllColumns);
        Assert.Equal(new[] { "name", "cjp_journeystage" }, columns.Columns.ToArray());
    }

    [Fact]
    public void The_boolean_constructor_sets_AllColumns_and_names_none()
    {
        Assert.True(new ColumnSet(true).AllColumns);
        Assert.False(new ColumnSet(false).AllColumns);
        Assert.Empty(new ColumnSet(true).Columns);
    }

    [Fact]
    public void AddColumn_and_AddColumns_append()
    {
        var columns = new ColumnSet();

        columns.AddColumn("name");
        columns.AddColumns("ownerid", "statecode");

        Assert.Equal(new[] { "name", "ownerid", "statecode" }, columns.Columns.ToArray());
    }
}
