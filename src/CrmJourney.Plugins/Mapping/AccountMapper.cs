using System;
using CrmJourney.Domain.Engagements;
using CrmJourney.Domain.Journey;
using CrmJourney.Plugins.Schema;
using Microsoft.Xrm.Sdk;

namespace CrmJourney.Plugins.Mapping;

/// <summary>
/// Reads an account row into the domain's journey types and writes journey results back as the
/// columns of an account update. An account whose stage was never set is a Prospect (every account
/// starts as one), and one whose stage-entered date was never stamped entered it when it was created.
/// </summary>
public static class AccountMapper
{
    /// <summary>The columns <see cref="ToJourneyState"/> and <see cref="ToFacts"/> read.</summary>
    public static string[] JourneyColumns() => new[]
    {
        Account.Columns.JourneyStage,
        Account.Columns.StageEnteredOn,
        Account.Columns.CreatedOn,
        Account.Columns.ActiveEngagementCount,
        Account.Columns.CompletedEngagementCount,
        Account.Columns.ServiceLineCount,
        Account.Columns.FirstEngagementOn,
        Account.Columns.LastEngagementEndedOn,
        Account.Columns.LastTouchpointOn,
        Account.Columns.FormerSentiment,
        Account.Columns.ProspectOutcome,
    };

    /// <summary>The account's stage and stage-entered date; <paramref name="now"/> stands in when neither that date nor createdon is known.</summary>
    public static JourneyState ToJourneyState(Entity account, DateTime now)
    {
        var stage = Stage(account);
        var enteredOn = account.GetAttributeValue<DateTime?>(Account.Columns.StageEnteredOn)
            ?? account.GetAttributeValue<DateTime?>(Account.Columns.CreatedOn)
            ?? now;
        return new JourneyState(account.Id, stage, enteredOn);
    }

    /// <summary>The stage stored on the account; an empty column is a Prospect.</summary>
    public static JourneyStage Stage(Entity account) =>
        Choices.ToEnum<JourneyStage>(account.GetAttributeValue<OptionSetValue>(Account.Columns.JourneyStage)) ?? JourneyStage.Prospect;

    /// <summary>
    /// The journey facts of the account: the engagement counters from <paramref name="summary"/> (the
    /// engagements as they are now) with the marking, touchpoint and outcome stored on the account.
    /// </summary>
    public static AccountJourneyFacts ToFacts(Entity account, EngagementSummary summary) =>
        summary.ToFacts(
            account.GetAttributeValue<DateTime?>(Account.Columns.LastTouchpointOn),
            isMarkedFormer: false,
            Choices.ToEnum<FormerSentiment>(account.GetAttributeValue<OptionSetValue>(Account.Columns.FormerSentiment)) ?? FormerSentiment.Unknown,
            Choices.ToEnum<ProspectOutcome>(account.GetAttributeValue<OptionSetValue>(Account.Columns.ProspectOutcome)) ?? ProspectOutcome.Open);

    /// <summary>
    /// The account update that stores <paramref name="summary"/>'s counters and, when
    /// <paramref name="step"/> moved the stage, the new stage and its entered date. The counters always
    /// travel with the stage: that is how the stage guard recognises a product write (see
    /// <see cref="Journey.StageWriteClassifier"/>). Returns null when every stored value is already right.
    /// </summary>
    public static Entity? ToJourneyUpdate(Entity stored, EngagementSummary summary, JourneyStep step)
    {
        var update = new Entity(Account.LogicalName, stored.Id)
        {
            [Account.Columns.ActiveEngagementCount] = summary.ActiveCount,
            [Account.Columns.CompletedEngagementCount] = summary.CompletedCount,
            [Account.Columns.ServiceLineCount] = summary.ServiceLineCount,
            [Account.Columns.FirstEngagementOn] = summary.FirstEngagementOn,
            [Account.Columns.LastEngagementEndedOn] = summary.LastEngagementEndedOn,
        };
        if (step.Transition != null)
        {
            update[Account.Columns.JourneyStage] = Choices.ToOptionSetValue(step.State.Stage);
            update[Account.Columns.StageEnteredOn] = step.State.StageEnteredOn;
        }

        return step.Transition == null && StoresSameValues(stored, update) ? null : update;
    }

    private static bool StoresSameValues(Entity stored, Entity update)
    {
        foreach (var column in update.Attributes)
        {
            stored.Attributes.TryGetValue(column.Key, out var current);
            if (!Equals(current, column.Value))
            {
                return false;
            }
        }

        return true;
    }
}
