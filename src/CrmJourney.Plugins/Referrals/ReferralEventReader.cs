using System;
using CrmJourney.Domain.Referrals;
using CrmJourney.Plugins.Mapping;
using CrmJourney.Plugins.Schema;
using Microsoft.Xrm.Sdk;

namespace CrmJourney.Plugins.Referrals;

/// <summary>
/// Reads the referral step's context: the lead or opportunity after the operation (post-image under
/// the target) with its referrer columns. Leads and opportunities use the same cjp_ column names.
/// </summary>
public static class ReferralEventReader
{
    /// <summary>The referral the row records, or null when it names no referrer.</summary>
    public static ReferralEvent? Read(IPluginExecutionContext context)
    {
        var target = PluginContextReader.TargetEntity(context) ?? new Entity(context.PrimaryEntityName, context.PrimaryEntityId);
        var after = PluginContextReader.Merge(PluginContextReader.PostImage(context), target);
        var account = after.GetAttributeValue<EntityReference>(Lead.Columns.ReferredByAccountId);
        var contact = after.GetAttributeValue<EntityReference>(Lead.Columns.ReferredByContactId);
        if (account == null && contact == null)
        {
            return null;
        }

        var isLead = context.PrimaryEntityName == Lead.LogicalName;
        var name = isLead
            ? after.GetAttributeValue<string>(Lead.Columns.Subject) ?? after.GetAttributeValue<string>(Lead.Columns.FullName)
            : after.GetAttributeValue<string>(Opportunity.Columns.Name);
        var id = after.Id != Guid.Empty ? after.Id : context.PrimaryEntityId;
        return new ReferralEvent(
            isLead ? ReferredKind.Lead : ReferredKind.Opportunity,
            id,
            string.IsNullOrWhiteSpace(name) ? id.ToString() : name!,
            account,
            contact,
            Choices.ToEnum<ReferralChannel>(after.GetAttributeValue<OptionSetValue>(Lead.Columns.ReferralChannel)) ?? ReferralChannel.WordOfMouth);
    }
}
