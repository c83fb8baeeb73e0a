using System;
using System.Collections.Generic;
using System.Linq;
using CrmJourney.Plugins.Mapping;
using CrmJourney.Plugins.Schema;
using Microsoft.Xrm.Sdk;

namespace CrmJourney.Plugins.Engagements;

/// <summary>
/// The accounts whose counters an engagement operation changes: the account before (pre-image: an
/// update that moves the engagement, a delete) and after (the created row, the post-image). Moving an
/// engagement from one account to another therefore recomputes both.
/// </summary>
public static class AffectedAccounts
{
    /// <summary>The distinct account ids the engagement belonged to before or belongs to after the operation.</summary>
    public static IReadOnlyList<Guid> Of(IPluginExecutionContext context)
    {
        var rows = new[] { PluginContextReader.PreImage(context), PluginContextReader.TargetEntity(context), PluginContextReader.PostImage(context) };
        return rows
            .Select(row => row?.GetAttributeValue<EntityReference>(Engagement.Columns.AccountId)?.Id)
            .OfType<Guid>()
            .Where(id => id != Guid.Empty)
            .Distinct()
            .ToList();
    }
}
