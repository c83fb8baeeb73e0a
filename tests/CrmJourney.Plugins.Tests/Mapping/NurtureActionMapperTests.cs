using System;
using CrmJourney.Domain.Rules;
using CrmJourney.Plugins.Mapping;
using CrmJourney.Plugins.Schema;

namespace CrmJourney.Plugins.Tests.Mapping;

/// <summary>The log row of a firing written outside the sweep (the Referral-thanks task).</summary>
public sealed class NurtureActionMapperTests
{
    [Fact]
    public void The_log_row_carries_the_dedupe_key_of_rule_account_and_window()
    {
        var rule = new Guid("5a000000-0000-0000-0000-0000000000aa");
        var account = new Guid("ac000000-0000-0000-0000-0000000000bb");
        var referral = new Guid("e0000000-0000-0000-0000-0000000000cc");
        var action = new NurtureAction(
            new NurtureDedupeKey(rule, account, NurtureDedupeKey.ReferralWindow(referral)),
            account,
            PrincipalRef.User(new Guid("00000000-0000-0000-0000-0000000000dd"), "Pat"),
            "Thank Contoso",
            "For the referral",
            "Referred Fabrikam",
            new DateTime(2026, 11, 20, 6, 0, 0, DateTimeKind.Utc),
            new DateTime(2026, 11, 23, 0, 0, 0, DateTimeKind.Utc),
            TaskPriority.Normal);

        var log = NurtureActionMapper.ToLogRow(action, "Referral thanks");

        Assert.Equal(
            "5a0000000000000000000000000000aa:ac0000000000000000000000000000bb:referral-e00000000000000000000000000000cc",
            log.GetAttributeValue<string>(NurtureLog.Columns.DedupeKey));
    }
}
