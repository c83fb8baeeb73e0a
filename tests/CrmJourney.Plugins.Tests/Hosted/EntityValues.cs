using System;
using Microsoft.Xrm.Sdk;

namespace CrmJourney.Plugins.Tests.Hosted;

/// <summary>Short reads for assertions; a missing value fails the test with the column's name.</summary>
public static class EntityValues
{
    public static int Option(this Entity row, string column) =>
        row.GetAttributeValue<OptionSetValue>(column)?.Value ?? throw new Xunit.Sdk.XunitException($"{row.LogicalName}.{column} is empty.");

    public static Guid RefId(this Entity row, string column) =>
        row.GetAttributeValue<EntityReference>(column)?.Id ?? throw new Xunit.Sdk.XunitException($"{row.LogicalName}.{column} is empty.");

    public static decimal MoneyOf(this Entity row, string column) =>
        row.GetAttributeValue<Money>(column)?.Value ?? throw new Xunit.Sdk.XunitException($"{row.LogicalName}.{column} is empty.");
}
