using System;
using CrmJourney.Domain.Journey;
using CrmJourney.Plugins.Mapping;
using CrmJourney.Plugins.Schema;
using Microsoft.Xrm.Sdk;

namespace CrmJourney.Plugins.Journey;

/// <summary>
/// Tells a user's edit of an account's journey stage from a stage the product itself derived, by
/// looking only at what is being written (the Target) and what was there before (the pre-image) —
/// never at Depth, which says how deep a call chain is, not who decided the stage.
/// </summary>
/// <remarks>
/// A product write (the engagement recompute, and the sweep's dormancy move, through
/// <see cref="JourneyWriter"/> and <see cref="AccountMapper.ToJourneyUpdate"/>) always carries the
/// facts the stage is derived from — cjp_activeengagementcount and cjp_completedengagementcount —
/// together with the stage, and the stage is exactly what <see cref="StageDerivation.Derive"/> gives
/// for those facts (a Former client stage counting as its own marking). Such a write has already
/// logged its transition with its real trigger (EngagementEnded, Dormancy…), so the guard neither
/// checks nor logs it: one row per move, and no loop, since the guard writes only
/// cjp_stagetransition rows. Anything else that sets the stage — a form edit sends the stage alone —
/// is a manual change: checked against <see cref="ManualTransitionTable"/> and logged once as Manual.
/// A write that carries counters contradicting its stage is treated as manual, so it cannot slip a
/// forbidden move past the table.
/// </remarks>
public static class StageWriteClassifier
{
    /// <summary>
    /// The manual stage change in this Update of an account, or null when the target does not set the
    /// stage or when it is a product write.
    /// </summary>
    public static ManualStageChange? ManualChange(IPluginExecutionContext context, DateTime now)
    {
        var target = PluginContextReader.TargetEntity(context);
        if (target == null || !target.Contains(Account.Columns.JourneyStage))
        {
            return null;
        }

        var requested = AccountMapper.Stage(target);
        if (IsProductWrite(target, requested))
        {
            return null;
        }

        var before = PluginContextReader.Merge(PluginContextReader.PreImage(context), new Entity(Account.LogicalName, context.PrimaryEntityId));
        return new ManualStageChange(AccountMapper.ToJourneyState(before, now), requested, context.InitiatingUserId);
    }

    /// <summary>True when <paramref name="target"/> carries the engagement counters and <paramref name="stage"/> is the stage they derive.</summary>
    public static bool IsProductWrite(Entity target, JourneyStage stage)
    {
        if (!target.Contains(Account.Columns.ActiveEngagementCount) || !target.Contains(Account.Columns.CompletedEngagementCount))
        {
            return false;
        }

        var active = target.GetAttributeValue<int>(Account.Columns.ActiveEngagementCount);
        var completed = target.GetAttributeValue<int>(Account.Columns.CompletedEngagementCount);
        if (active < 0 || completed < 0)
        {
            return false;
        }

        var facts = new AccountJourneyFacts(active, completed, isMarkedFormer: stage == JourneyStage.FormerClient);
        return StageDerivation.Derive(facts) == stage;
    }
}
