using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Xml.Linq;
using CrmJourney.LocalOrg.Fetch;
using Microsoft.Xrm.Sdk.Query;

namespace CrmJourney.LocalOrg.Tests.Fetch;

/// <summary>
/// The FetchXML of the first views and chart the solution shipped translates against the test metadata, so LocalOrg
/// runs what Dataverse users see. The app's other views need the whole product schema: CrmJourney.Hosting.Tests'
/// AppViewsTests runs every shipped view through the product organization.
/// </summary>
public sealed class ShippedViewFetchXmlTests
{
    private const string PigeonholedClients = "Account/SavedQueries/{2f0e0c79-a9ca-4dba-bd07-f25787ae3ad5}.xml";
    private const string ClientsGoneQuiet = "Account/SavedQueries/{4f38bcb3-453e-44a3-9298-04c0d712f6e3}.xml";
    private const string FormerClientAdvocates = "Account/SavedQueries/{c03a827a-b6f7-456f-a2fc-db5015691740}.xml";
    private const string OpenNurtureTasks = "Task/SavedQueries/{0839cd6b-d88e-45a1-80e4-636c7c5fcb60}.xml";
    private const string JourneyHistory = "cjp_stagetransition/SavedQueries/{c961ec63-a6ca-449d-9d38-54649ad84d05}.xml";
    private const string AccountsByStageChart = "Account/Visualizations/{4fe75645-4d17-464b-8b98-9a066041e151}.xml";

    private static readonly string[] _coreFiles = { AccountsByStageChart, PigeonholedClients, ClientsGoneQuiet, FormerClientAdvocates, OpenNurtureTasks, JourneyHistory };

    public static TheoryData<string> ShippedFetchXmlFiles
    {
        get
        {
            var data = new TheoryData<string>();
            foreach (var path in _coreFiles)
            {
                data.Add(path);
            }

            return data;
        }
    }

    private static string EntitiesFolder
    {
        get
        {
            for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
            {
                if (File.Exists(Path.Combine(folder.FullName, "CrmJourneyPlugins.sln")))
                {
                    return Path.Combine(folder.FullName, "solution-package", "src", "Entities");
                }
            }

            throw new DirectoryNotFoundException("The repository root (CrmJourneyPlugins.sln) is not above " + AppContext.BaseDirectory);
        }
    }

    private static IEnumerable<string> RelativePaths() =>
        Directory.EnumerateFiles(EntitiesFolder, "*.xml", SearchOption.AllDirectories)
            .Where(f => XDocument.Load(f).Descendants("fetch").Any())
            .Select(f => Path.GetRelativePath(EntitiesFolder, f).Replace('\\', '/'))
            .Order(StringComparer.Ordinal);

    private static FetchXmlQuery Translate(string relativePath)
    {
        var fetch = XDocument.Load(Path.Combine(EntitiesFolder, relativePath)).Descendants("fetch").Single();
        return FetchXmlTranslator.Translate(fetch.ToString(), FetchTestMetadata.Instance);
    }

    [Fact]
    public void The_first_five_views_and_the_chart_are_still_shipped_with_FetchXML()
    {
        Assert.Subset(RelativePaths().ToHashSet(StringComparer.Ordinal), _coreFiles.ToHashSet(StringComparer.Ordinal));
    }

    [Theory]
    [MemberData(nameof(ShippedFetchXmlFiles))]
    public void Every_shipped_view_and_chart_translates_and_queries_its_table(string relativePath)
    {
        var fetch = Translate(relativePath);

        var table = relativePath.Split('/')[0].ToLowerInvariant();
        Assert.Equal(table, fetch.Query.EntityName);
    }

    [Fact]
    public void The_pigeonholed_clients_view_filters_active_accounts_with_two_engagements_in_one_service_line()
    {
        var fetch = Translate(PigeonholedClients);

        Assert.Equal(
            [("statecode", ConditionOperator.Equal, 0), ("cjp_completedengagementcount", ConditionOperator.GreaterEqual, 2), ("cjp_servicelinecount", ConditionOperator.Equal, 1)],
            fetch.Query.Criteria.Conditions.Select(c => (c.AttributeName!, c.Operator, (int)c.Values.Single())));
        var order = Assert.Single(fetch.Query.Orders);
        Assert.Equal(("cjp_completedengagementcount", OrderType.Descending), (order.AttributeName, order.OrderType));
        Assert.Equal(7, fetch.Query.ColumnSet.Columns.Count);
        Assert.False(fetch.Query.Distinct);
    }

    [Fact]
    public void The_clients_gone_quiet_view_keeps_its_or_filter_for_an_old_touchpoint_or_none_and_an_old_stage_entry()
    {
        var fetch = Translate(ClientsGoneQuiet);

        var criteria = fetch.Query.Criteria;
        Assert.Equal(ConditionOperator.In, criteria.Conditions[1].Operator);
        Assert.Equal([573100001, 573100002], criteria.Conditions[1].Values);
        var quiet = Assert.Single(criteria.Filters);
        Assert.Equal(LogicalOperator.Or, quiet.FilterOperator);
        Assert.Equal(ConditionOperator.OlderThanXDays, quiet.Conditions[0].Operator);
        Assert.Equal(120, Assert.Single(quiet.Conditions[0].Values));
        Assert.Equal(2, quiet.Filters.Count);
        Assert.Equal(
            new[] { ConditionOperator.Null, ConditionOperator.OlderThanXDays },
            quiet.Filters[0].Conditions.Select(c => c.Operator));
        Assert.Equal(
            new[] { ConditionOperator.Null, ConditionOperator.Null, ConditionOperator.OlderThanXDays },
            quiet.Filters[1].Conditions.Select(c => c.Operator));
    }

    [Fact]
    public void The_former_client_advocates_view_selects_former_clients_who_are_advocates()
    {
        var fetch = Translate(FormerClientAdvocates);

        Assert.Equal([573100003, 573100001], fetch.Query.Criteria.Conditions.Select(c => (int)c.Values.Single()));
    }

    [Fact]
    public void The_open_nurture_tasks_view_selects_open_tasks_created_by_a_rule()
    {
        var fetch = Translate(OpenNurtureTasks);

        Assert.Equal(
            [("statecode", ConditionOperator.Equal), ("cjp_nurtureruleid", ConditionOperator.NotNull)],
            fetch.Query.Criteria.Conditions.Select(c => (c.AttributeName!, c.Operator)));
    }

    [Fact]
    public void The_journey_history_view_lists_transitions_newest_first_without_a_filter()
    {
        var fetch = Translate(JourneyHistory);

        Assert.Empty(fetch.Query.Criteria.Conditions);
        Assert.Equal(OrderType.Descending, Assert.Single(fetch.Query.Orders).OrderType);
        Assert.Equal(9, fetch.Query.ColumnSet.Columns.Count);
    }

    [Fact]
    public void The_accounts_by_stage_chart_counts_accounts_per_journey_stage()
    {
        var fetch = Translate(AccountsByStageChart);

        var aggregation = fetch.Aggregation!;
        Assert.Equal(
            [("groupby_column", (FetchAggregateFunction?)null), ("aggregate_column", FetchAggregateFunction.Count)],
            aggregation.Columns.Select(c => (c.Alias, c.Function)));
        Assert.Equal(["cjp_journeystage"], fetch.Query.ColumnSet.Columns);
        Assert.Equal(ConditionOperator.NotNull, Assert.Single(fetch.Query.Criteria.Conditions).Operator);
    }
}
