using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;
using AccountTable = CrmJourney.Plugins.Schema.Account;
using Choices = CrmJourney.Plugins.Schema.Choices;

namespace CrmJourney.Cli.Bench;

/// <summary>Reads every account's journey stage, in id order, and compares two such lists.</summary>
public static class AccountStageReader
{
    /// <summary>Every account with its stage (null when it has none), sorted by id.</summary>
    public static IReadOnlyList<AccountStage> Read(IOrganizationService service)
    {
        ArgumentNullException.ThrowIfNull(service);
        var query = new QueryExpression(AccountTable.LogicalName)
        {
            ColumnSet = new ColumnSet(AccountTable.Columns.JourneyStage),
            PageInfo = new PagingInfo { Count = 5_000, PageNumber = 1 },
        };
        query.AddOrder(AccountTable.Columns.AccountId, OrderType.Ascending);
        var stages = new List<AccountStage>();
        while (true)
        {
            var page = service.RetrieveMultiple(query);
            stages.AddRange(page.Entities.Select(a => new AccountStage(a.Id, Choices.ToEnum<Domain.Journey.JourneyStage>(a.GetAttributeValue<OptionSetValue>(AccountTable.Columns.JourneyStage)))));
            if (!page.MoreRecords)
            {
                break;
            }

            query.PageInfo.PageNumber++;
            query.PageInfo.PagingCookie = page.PagingCookie;
        }

        stages.Sort((a, b) => a.AccountId.CompareTo(b.AccountId));
        return stages;
    }

    /// <summary>
    /// The first account whose stage differs between the two lists (both sorted by id, from identical copies), in one
    /// sentence with how many differ; null when every account has the same stage on both sides.
    /// </summary>
    public static string? FirstDifference(IReadOnlyList<AccountStage> product, IReadOnlyList<AccountStage> baseline)
    {
        ArgumentNullException.ThrowIfNull(product);
        ArgumentNullException.ThrowIfNull(baseline);
        if (product.Count != baseline.Count)
        {
            return $"The initialization's copy holds {product.Count:N0} accounts but the baseline's {baseline.Count:N0}: the copies were not identical.";
        }

        var differences = 0;
        string? first = null;
        for (var i = 0; i < product.Count; i++)
        {
            if (product[i] != baseline[i])
            {
                differences++;
                first ??= $"Account {product[i].AccountId} is {Name(product[i].Stage)} after the initialization but {Name(baseline[i].Stage)} after the baseline";
            }
        }

        return first is null ? null : $"{first} ({differences:N0} of {product.Count:N0} accounts differ).";
    }

    private static string Name(Domain.Journey.JourneyStage? stage) => stage is { } value ? Domain.Templates.TemplateFormat.Stage(value) : "without a stage";
}
