using System.Globalization;
using CrmJourney.Domain.Templates;
using CrmJourney.Plugins.Schema;
using Microsoft.Xrm.Sdk;

namespace CrmJourney.Plugins.Mapping;

/// <summary>
/// Writes a domain <see cref="Domain.Journey.StageTransition"/> as a cjp_stagetransition row: the
/// append-only journey history. The row's name reads "Prospect → Active client" so history views are
/// readable without opening the row.
/// </summary>
public static class StageTransitionMapper
{
    /// <summary>The new cjp_stagetransition row for <paramref name="transition"/>.</summary>
    public static Entity ToEntity(Domain.Journey.StageTransition transition)
    {
        var row = new Entity(StageTransition.LogicalName)
        {
            [StageTransition.Columns.Name] = string.Format(CultureInfo.InvariantCulture, "{0} → {1}", TemplateFormat.Stage(transition.From), TemplateFormat.Stage(transition.To)),
            [StageTransition.Columns.AccountId] = new EntityReference(Account.LogicalName, transition.AccountId),
            [StageTransition.Columns.FromStage] = Choices.ToOptionSetValue(transition.From),
            [StageTransition.Columns.ToStage] = Choices.ToOptionSetValue(transition.To),
            [StageTransition.Columns.TransitionedOn] = transition.OccurredOn,
            [StageTransition.Columns.Trigger] = Choices.ToOptionSetValue(transition.Trigger),
            [StageTransition.Columns.DaysInPreviousStage] = transition.DaysInPreviousStage,
        };
        if (transition.EngagementId is { } engagementId)
        {
            row[StageTransition.Columns.EngagementId] = new EntityReference(Engagement.LogicalName, engagementId);
        }

        if (transition.ByUserId is { } userId)
        {
            row[StageTransition.Columns.ByUserId] = new EntityReference(SystemUser.LogicalName, userId);
        }

        return row;
    }

    /// <summary>
    /// The first row of an account's history: its entry into <paramref name="stage"/> from no stage, on
    /// <paramref name="enteredOn"/>, with 0 days in a previous stage (a birth, or the initialization from history).
    /// </summary>
    public static Entity ToEntryRow(System.Guid accountId, Domain.Journey.JourneyStage stage, System.DateTime enteredOn, Domain.Journey.TransitionTrigger trigger) =>
        new(StageTransition.LogicalName)
        {
            [StageTransition.Columns.Name] = string.Format(CultureInfo.InvariantCulture, "→ {0}", TemplateFormat.Stage(stage)),
            [StageTransition.Columns.AccountId] = new EntityReference(Account.LogicalName, accountId),
            [StageTransition.Columns.ToStage] = Choices.ToOptionSetValue(stage),
            [StageTransition.Columns.TransitionedOn] = enteredOn,
            [StageTransition.Columns.Trigger] = Choices.ToOptionSetValue(trigger),
            [StageTransition.Columns.DaysInPreviousStage] = 0,
        };
}
