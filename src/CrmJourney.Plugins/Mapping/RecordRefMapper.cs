using CrmJourney.Domain.Touchpoints;
using CrmJourney.Plugins.Schema;
using Microsoft.Xrm.Sdk;

namespace CrmJourney.Plugins.Mapping;

/// <summary>Maps an SDK reference (a regarding row, a party) to the domain's <see cref="RecordRef"/> by its table.</summary>
public static class RecordRefMapper
{
    /// <summary>The domain reference, or null for a null or empty reference.</summary>
    public static RecordRef? From(EntityReference? reference) =>
        reference == null || reference.Id == System.Guid.Empty ? null : new RecordRef(KindOf(reference.LogicalName), reference.Id);

    /// <summary>The kind of row a table holds, as touchpoints see it.</summary>
    public static RecordKind KindOf(string? table) => table switch
    {
        Account.LogicalName => RecordKind.Account,
        Contact.LogicalName => RecordKind.Contact,
        Opportunity.LogicalName => RecordKind.Opportunity,
        Lead.LogicalName => RecordKind.Lead,
        Engagement.LogicalName => RecordKind.Engagement,
        _ => RecordKind.Other,
    };

    /// <summary>The account a customer or account lookup names, or null when it names a contact or nothing.</summary>
    public static System.Guid? AccountIn(EntityReference? reference) =>
        reference != null && reference.LogicalName == Account.LogicalName && reference.Id != System.Guid.Empty ? reference.Id : null;
}
