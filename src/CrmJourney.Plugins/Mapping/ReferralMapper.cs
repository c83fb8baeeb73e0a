using System;
using CrmJourney.Domain.Journey;
using CrmJourney.Domain.Referrals;
using CrmJourney.Plugins.Schema;
using Microsoft.Xrm.Sdk;
using ReferralTable = CrmJourney.Plugins.Schema.Referral;

namespace CrmJourney.Plugins.Mapping;

/// <summary>
/// Maps cjp_referral rows to the domain's <see cref="Domain.Referrals.Referral"/> and back, and the
/// referrer account's counter columns to <see cref="ReferrerCounters"/>. The referred record is the
/// opportunity, else the lead, else the account the row names; the pair key column always holds
/// <see cref="ReferralPairKey"/> of the referrer and the referred record.
/// </summary>
public static class ReferralMapper
{
    /// <summary>The referral columns <see cref="FromLinkedRow"/> reads.</summary>
    public static string[] Columns() => new[]
    {
        ReferralTable.Columns.ReferralId,
        ReferralTable.Columns.ReferrerAccountId,
        ReferralTable.Columns.ReferrerContactId,
        ReferralTable.Columns.ReferredLeadId,
        ReferralTable.Columns.ReferredOpportunityId,
        ReferralTable.Columns.ReferredAccountId,
        ReferralTable.Columns.ReferredOn,
        ReferralTable.Columns.Channel,
        ReferralTable.Columns.Status,
        ReferralTable.Columns.Value,
        ReferralTable.Columns.ReferrerStage,
    };

    /// <summary>The referrer account's counter columns <see cref="CountersFrom"/> reads.</summary>
    public static string[] CounterColumns() => new[]
    {
        Account.Columns.ReferralCount,
        Account.Columns.ReferralWonCount,
        Account.Columns.LastReferralOn,
    };

    /// <summary>The referral stored in <paramref name="row"/> (a cjp_referral row).</summary>
    public static StoredReferral FromRow(Entity row) => Read(row, null, row.Id);

    /// <summary>The referral linked into <paramref name="row"/> as <paramref name="alias"/>, or null when the outer link matched none.</summary>
    public static StoredReferral? FromLinkedRow(Entity row, string alias) =>
        LinkedColumns.Value<Guid?>(row, alias, ReferralTable.Columns.ReferralId) is { } id ? Read(row, alias, id) : null;

    private static StoredReferral Read(Entity row, string? alias, Guid id)
    {

        var opportunity = Read<EntityReference>(row, alias, ReferralTable.Columns.ReferredOpportunityId);
        var lead = Read<EntityReference>(row, alias, ReferralTable.Columns.ReferredLeadId);
        var account = Read<EntityReference>(row, alias, ReferralTable.Columns.ReferredAccountId);
        // No tuples here: the plugin's net462 build has no System.ValueTuple with the real SDK.
        var kind = opportunity != null ? ReferredKind.Opportunity : lead != null ? ReferredKind.Lead : ReferredKind.Account;
        var referredId = opportunity?.Id ?? lead?.Id ?? account?.Id ?? Guid.Empty;
        var referral = new Domain.Referrals.Referral(
            Read<EntityReference>(row, alias, ReferralTable.Columns.ReferrerAccountId)?.Id,
            Read<EntityReference>(row, alias, ReferralTable.Columns.ReferrerContactId)?.Id,
            kind,
            referredId,
            Read<DateTime?>(row, alias, ReferralTable.Columns.ReferredOn) ?? DateTime.MinValue,
            Choices.ToEnum<ReferralChannel>(Read<OptionSetValue>(row, alias, ReferralTable.Columns.Channel)) ?? ReferralChannel.WordOfMouth,
            Choices.ToEnum<ReferralStatus>(Read<OptionSetValue>(row, alias, ReferralTable.Columns.Status)) ?? ReferralStatus.Open,
            Read<Money>(row, alias, ReferralTable.Columns.Value)?.Value ?? 0m,
            Choices.ToEnum<JourneyStage>(Read<OptionSetValue>(row, alias, ReferralTable.Columns.ReferrerStage)));
        return new StoredReferral(id, referral);
    }

    /// <summary>The counters stored on a referrer account (columns read directly or linked as <paramref name="alias"/>).</summary>
    public static ReferrerCounters CountersFrom(Entity row, string? alias = null) =>
        new(
            Math.Max(0, Read<int?>(row, alias, Account.Columns.ReferralCount) ?? 0),
            Math.Max(0, Read<int?>(row, alias, Account.Columns.ReferralWonCount) ?? 0),
            Read<DateTime?>(row, alias, Account.Columns.LastReferralOn));

    /// <summary>The new cjp_referral row for <paramref name="referral"/>, named after the referred record.</summary>
    public static Entity ToNewRow(Domain.Referrals.Referral referral, string referredName)
    {
        var row = new Entity(ReferralTable.LogicalName)
        {
            [ReferralTable.Columns.Name] = Truncate("Referral: " + referredName, 100),
            [ReferralTable.Columns.PairKey] = referral.PairKey,
            [ReferralTable.Columns.ReferredOn] = referral.ReferredOn,
            [ReferralTable.Columns.Channel] = Choices.ToOptionSetValue(referral.Channel),
            [ReferralTable.Columns.Status] = Choices.ToOptionSetValue(referral.Status),
            [ReferralTable.Columns.Value] = new Money(referral.Value),
        };
        if (referral.ReferrerAccountId is { } accountId)
        {
            row[ReferralTable.Columns.ReferrerAccountId] = new EntityReference(Account.LogicalName, accountId);
        }

        if (referral.ReferrerContactId is { } contactId)
        {
            row[ReferralTable.Columns.ReferrerContactId] = new EntityReference(Contact.LogicalName, contactId);
        }

        if (referral.ReferrerStageAtTime is { } stage)
        {
            row[ReferralTable.Columns.ReferrerStage] = Choices.ToOptionSetValue(stage);
        }

        row[ReferredColumn(referral.ReferredKind)] = new EntityReference(ReferredTable(referral.ReferredKind), referral.ReferredId);
        return row;
    }

    private static string ReferredColumn(ReferredKind kind) => kind switch
    {
        ReferredKind.Lead => ReferralTable.Columns.ReferredLeadId,
        ReferredKind.Opportunity => ReferralTable.Columns.ReferredOpportunityId,
        _ => ReferralTable.Columns.ReferredAccountId,
    };

    private static string ReferredTable(ReferredKind kind) => kind switch
    {
        ReferredKind.Lead => Lead.LogicalName,
        ReferredKind.Opportunity => Opportunity.LogicalName,
        _ => Account.LogicalName,
    };

    /// <summary>The update of an existing referral's status and value.</summary>
    public static Entity ToStatusUpdate(Guid referralId, Domain.Referrals.Referral referral) =>
        new(ReferralTable.LogicalName, referralId)
        {
            [ReferralTable.Columns.Status] = Choices.ToOptionSetValue(referral.Status),
            [ReferralTable.Columns.Value] = new Money(referral.Value),
        };

    /// <summary>The update of a referrer account's counters.</summary>
    public static Entity ToCountersUpdate(Guid accountId, ReferrerCounters counters) =>
        new(Account.LogicalName, accountId)
        {
            [Account.Columns.ReferralCount] = counters.ReferralCount,
            [Account.Columns.ReferralWonCount] = counters.WonCount,
            [Account.Columns.LastReferralOn] = counters.LastReferralOn,
        };

    private static T? Read<T>(Entity row, string? alias, string column) =>
        alias == null ? row.GetAttributeValue<T>(column) : LinkedColumns.Value<T>(row, alias, column);

    private static string Truncate(string text, int length) => text.Length <= length ? text : text.Substring(0, length - 1) + "…";
}
