using System;
using System.Linq;
using CrmJourney.LocalOrg.Faults;
using CrmJourney.LocalOrg.Metadata;
using CrmJourney.LocalOrg.Solution;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;
using Microsoft.Xrm.Sdk.Query;

namespace CrmJourney.LocalOrg.Tests.Solution;

/// <summary>
/// The shipped cjp_nurturelog keys as LocalOrg enforces them: the (rule, account, window) key leaves a
/// partner digest (no account) unconstrained, the cjp_dedupekey key does not.
/// </summary>
public sealed class ShippedNurtureLogKeyTests
{
    private static readonly MetadataCatalog _catalog = MetadataCatalog.Empty.With(StandardTables.All).WithSolution(SolutionMetadata.Read(RepositoryRoot.SolutionSrc));

    private static readonly Guid _rule = new("5a000000-0000-0000-0000-000000000001");

    private readonly LocalOrganization _org = LocalOrganization.CreateBuilder().UseCatalog(_catalog).Build();

    public ShippedNurtureLogKeyTests()
    {
        _org.Create(new Entity("cjp_nurturerule", _rule) { ["cjp_name"] = "Partner digest" });
    }

    [Fact]
    public void Nurture_log_declares_the_rule_account_window_key_and_the_dedupe_key()
    {
        var keys = _catalog.FindTable("cjp_nurturelog")!.AlternateKeys;

        Assert.Equal(new[] { "cjp_nurturelogfiring", "cjp_nurturelogdedupekey" }, keys.Select(key => key.Name));
        Assert.Equal(new[] { "cjp_nurtureruleid", "cjp_accountid", "cjp_window" }, keys[0].Columns);
        Assert.Equal(new[] { "cjp_dedupekey" }, keys[1].Columns);
        Assert.Equal(120, _catalog.FindTable("cjp_nurturelog")!.FindColumn("cjp_dedupekey")!.MaxLength);
    }

    [Fact]
    public void Two_digest_logs_without_a_dedupe_key_are_both_stored_because_a_null_account_is_not_constrained()
    {
        _org.Create(DigestLog(dedupeKey: null));
        _org.Create(DigestLog(dedupeKey: null));

        Assert.Equal(2, Logs().Count);
    }

    [Fact]
    public void A_second_digest_log_with_the_same_dedupe_key_faults_and_is_not_stored()
    {
        var key = $"{_rule:N}:-:2026-11-20/{Guid.Empty:N}";
        _org.Create(DigestLog(key));

        var fault = Support.Faults.Expect(ErrorCodes.DuplicateRecordEntityKey, () => _org.Create(DigestLog(key.ToUpperInvariant())));

        Assert.Contains("cjp_nurturelogdedupekey", fault.Message, StringComparison.Ordinal);
        Assert.Single(Logs());
    }

    [Fact]
    public void A_create_multiple_that_repeats_a_stored_dedupe_key_writes_none_of_its_rows()
    {
        var key = $"{_rule:N}:-:2026-11-20/{Guid.Empty:N}";
        _org.Create(DigestLog(key));
        var batch = new EntityCollection(new[] { DigestLog($"{_rule:N}:-:2026-11-20/{Guid.NewGuid():N}"), DigestLog(key) }) { EntityName = "cjp_nurturelog" };

        Support.Faults.Expect(ErrorCodes.DuplicateRecordEntityKey, () => _org.Execute(new CreateMultipleRequest { Targets = batch }));

        Assert.Single(Logs());
    }

    private static Entity DigestLog(string? dedupeKey)
    {
        var log = new Entity("cjp_nurturelog")
        {
            ["cjp_name"] = "Partner digest: Alice",
            ["cjp_nurtureruleid"] = new EntityReference("cjp_nurturerule", _rule),
            ["cjp_window"] = $"2026-11-20/{Guid.Empty:N}",
        };
        if (dedupeKey != null)
        {
            log["cjp_dedupekey"] = dedupeKey;
        }

        return log;
    }

    private System.Collections.Generic.IReadOnlyList<Entity> Logs() =>
        _org.RetrieveMultiple(new QueryExpression("cjp_nurturelog") { ColumnSet = new ColumnSet("cjp_dedupekey") }).Entities.ToList();
}
