using System;
using System.Linq;
using System.Threading.Tasks;
using CrmJourney.LocalOrg.Tests.Support;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace CrmJourney.LocalOrg.Tests;

public sealed class ThreadSafetyTests
{
    [Fact]
    public void Concurrent_creates_and_increments_from_several_threads_lose_nothing_and_tear_no_row()
    {
        var org = TestOrganization.Builder()
            .AddCustomApi("cjp_Increment", new DelegatePlugin(services =>
            {
                var id = (Guid)services.Context.InputParameters["Id"]!;
                var current = services.Service.Retrieve("cjp_widget", id, new ColumnSet("cjp_count")).GetAttributeValue<int>("cjp_count");
                services.Service.Update(new Entity("cjp_widget", id) { ["cjp_count"] = current + 1 });
            }))
            .Build();
        var counterId = org.Create(new Entity("cjp_widget") { ["cjp_name"] = "counter", ["cjp_count"] = 0 });
        const int threads = 6;
        const int perThread = 200;

        Parallel.For(0, threads, new ParallelOptions { MaxDegreeOfParallelism = threads }, thread =>
        {
            for (var index = 0; index < perThread; index++)
            {
                org.Create(new Entity("cjp_widget") { ["cjp_name"] = $"t{thread}", ["cjp_count"] = index, ["cjp_code"] = $"T{thread}-{index}" });
                org.Execute(new OrganizationRequest("cjp_Increment") { ["Id"] = counterId });
            }
        });

        var rows = org.RetrieveMultiple(new QueryExpression("cjp_widget") { ColumnSet = new ColumnSet("cjp_name", "cjp_count", "cjp_code"), PageInfo = new PagingInfo { Count = 5000, PageNumber = 1 } }).Entities;
        Assert.Equal(threads * perThread + 1, rows.Count);
        Assert.All(rows.Where(row => row.Id != counterId), row =>
            Assert.Equal($"T{row.GetAttributeValue<string>("cjp_name")!.Substring(1)}-{row.GetAttributeValue<int>("cjp_count")}", row.GetAttributeValue<string>("cjp_code")));
        Assert.Equal(threads * perThread, org.Retrieve("cjp_widget", counterId, new ColumnSet("cjp_count")).GetAttributeValue<int>("cjp_count"));
    }

}
