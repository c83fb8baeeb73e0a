using System;
using System.Linq;
using CrmJourney.LocalOrg.Faults;
using CrmJourney.LocalOrg.Pipeline;
using CrmJourney.LocalOrg.Tests.Support;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace CrmJourney.LocalOrg.Tests;

public sealed class ImportTests
{
    [Fact]
    public void Imported_rows_keep_their_exported_stamps_and_run_no_steps()
    {
        var fired = false;
        var org = TestOrganization.Builder()
            .AddPluginStep(PluginStep.ForInstance("Create", "account", PipelineStage.PostOperation, new DelegatePlugin(_ => fired = true)))
            .Build();
        var exportedOn = new DateTime(2024, 2, 3, 4, 5, 6, DateTimeKind.Utc);
        var id = Guid.NewGuid();

        org.Import(new[] { new Entity("account", id) { ["name"] = "Exported", ["createdon"] = exportedOn } });

        Assert.False(fired);
        Assert.Equal(exportedOn, org.Retrieve("account", id, new ColumnSet("createdon")).GetAttributeValue<DateTime>("createdon"));
    }

    [Fact]
    public void An_import_with_one_refused_row_imports_nothing()
    {
        var org = TestOrganization.Create();
        var rows = new[]
        {
            new Entity("cjp_widget") { ["cjp_code"] = "ONE" },
            new Entity("cjp_widget") { ["cjp_code"] = "TWO" },
            new Entity("cjp_widget") { ["cjp_code"] = "one" },
        };

        Support.Faults.Expect(ErrorCodes.DuplicateRecordEntityKey, () => org.Import(rows));

        Assert.Empty(org.RetrieveMultiple(new QueryExpression("cjp_widget")).Entities.ToList());
    }
}
