using System;
using System.Collections.Generic;
using System.Linq;
using CrmJourney.Domain.Engagements;
using CrmJourney.Domain.Journey;
using CrmJourney.Hosting;
using CrmJourney.LocalOrg;
using CrmJourney.Plugins.Schema;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;
using AccountTable = CrmJourney.Plugins.Schema.Account;
using EngagementTable = CrmJourney.Plugins.Schema.Engagement;
using ServiceLineTable = CrmJourney.Plugins.Schema.ServiceLine;
using TransitionTable = CrmJourney.Plugins.Schema.StageTransition;

namespace CrmJourney.Plugins.Tests.Hosted;

/// <summary>
/// The product organization (through Hosting, so every plugin runs through its shipped registration)
/// with a hand-moved clock and builders that keep the tests' arrange steps short. Seeding rows through
/// <see cref="Seed"/> imports them without running any step, to start from a known state.
/// </summary>
public sealed class JourneyOrg
{
    private JourneyOrg(LocalOrganization org, TestClock clock)
    {
        Org = org;
        Clock = clock;
        User = org.Create(new Entity(SystemUser.LogicalName) { [SystemUser.Columns.FullName] = "Dana Partner" });
        AsUser = org.CreateOrganizationService(User);
    }

    public LocalOrganization Org { get; }

    public TestClock Clock { get; }

    /// <summary>A user of the firm; requests through <see cref="AsUser"/> are made by them.</summary>
    public Guid User { get; }

    public IOrganizationService AsUser { get; }

    public static JourneyOrg Create(DateTime? now = null, Func<LocalOrganizationBuilder, LocalOrganizationBuilder>? compose = null)
    {
        var clock = new TestClock(now ?? Day.Of(2026, 11, 23));
        var builder = ProductOrganization.CreateBuilder(new ProductOrganizationOptions { Clock = clock });
        return new JourneyOrg((compose ?? (b => b))(builder).Build(), clock);
    }

    public static OptionSetValue Choice<TEnum>(TEnum value)
        where TEnum : struct, Enum => Choices.ToOptionSetValue(value);

    /// <summary>Imports rows as they are, running no plugin step.</summary>
    public void Seed(params Entity[] rows) => Org.Import(rows);

    /// <summary>An account seeded in <paramref name="stage"/> since <paramref name="since"/>, with optional counters.</summary>
    public Guid Account(string name, JourneyStage stage = JourneyStage.Prospect, DateTime? since = null, int active = 0, int completed = 0, Action<Entity>? with = null)
    {
        var account = new Entity(AccountTable.LogicalName, Guid.NewGuid())
        {
            [AccountTable.Columns.Name] = name,
            [AccountTable.Columns.JourneyStage] = Choice(stage),
            [AccountTable.Columns.StageEnteredOn] = since ?? Clock.UtcNow.AddDays(-30),
            [AccountTable.Columns.ActiveEngagementCount] = active,
            [AccountTable.Columns.CompletedEngagementCount] = completed,
            [AccountTable.Columns.OwnerId] = new EntityReference(SystemUser.LogicalName, User),
        };
        with?.Invoke(account);
        Seed(account);
        return account.Id;
    }

    public Guid ServiceLine(string code, string name)
    {
        var line = new Entity(ServiceLineTable.LogicalName, Guid.NewGuid()) { [ServiceLineTable.Columns.Code] = code, [ServiceLineTable.Columns.Name] = name };
        Seed(line);
        return line.Id;
    }

    /// <summary>An engagement seeded as stored, without running the engagement plugin.</summary>
    public Guid SeededEngagement(Guid accountId, Guid serviceLineId, EngagementStatus status, DateTime? startedOn = null, DateTime? endedOn = null)
    {
        var engagement = NewEngagement(accountId, serviceLineId, status, startedOn, endedOn);
        engagement.Id = Guid.NewGuid();
        Seed(engagement);
        return engagement.Id;
    }

    /// <summary>A new engagement row, not yet saved.</summary>
    public static Entity NewEngagement(Guid accountId, Guid serviceLineId, EngagementStatus status, DateTime? startedOn = null, DateTime? endedOn = null)
    {
        var engagement = new Entity(EngagementTable.LogicalName)
        {
            [EngagementTable.Columns.Name] = "Engagement",
            [EngagementTable.Columns.AccountId] = new EntityReference(AccountTable.LogicalName, accountId),
            [EngagementTable.Columns.ServiceLineId] = new EntityReference(ServiceLineTable.LogicalName, serviceLineId),
            [EngagementTable.Columns.Status] = Choice(status),
        };
        if (startedOn != null)
        {
            engagement[EngagementTable.Columns.StartedOn] = startedOn;
        }

        if (endedOn != null)
        {
            engagement[EngagementTable.Columns.EndedOn] = endedOn;
        }

        return engagement;
    }

    public Entity Read(string table, Guid id, params string[] columns) => Org.Retrieve(table, id, new ColumnSet(columns));

    public Entity ReadAccount(Guid id) => Read(AccountTable.LogicalName, id, AccountMapperColumns());

    public JourneyStage StageOf(Guid accountId) =>
        Choices.ToEnum<JourneyStage>(ReadAccount(accountId).GetAttributeValue<OptionSetValue>(AccountTable.Columns.JourneyStage)) ?? JourneyStage.Prospect;

    /// <summary>Every row of <paramref name="table"/> with these columns, where <paramref name="column"/> equals <paramref name="value"/> (or all rows).</summary>
    public IReadOnlyList<Entity> Rows(string table, string? column = null, object? value = null, params string[] columns)
    {
        var query = new QueryExpression(table) { ColumnSet = columns.Length == 0 ? new ColumnSet(false) : new ColumnSet(columns) };
        if (column != null)
        {
            query.Criteria.AddCondition(column, ConditionOperator.Equal, value!);
        }

        return Org.RetrieveMultiple(query).Entities.ToList();
    }

    /// <summary>The account's journey history.</summary>
    public IReadOnlyList<Entity> Transitions(Guid accountId) =>
        Rows(TransitionTable.LogicalName, TransitionTable.Columns.AccountId, accountId,
            TransitionTable.Columns.FromStage, TransitionTable.Columns.ToStage, TransitionTable.Columns.Trigger, TransitionTable.Columns.TransitionedOn,
            TransitionTable.Columns.EngagementId, TransitionTable.Columns.DaysInPreviousStage, TransitionTable.Columns.ByUserId);

    /// <summary>Counts the requests <paramref name="act"/> makes, nested ones included.</summary>
    public int CountRequests(Action act)
    {
        Org.Counters.Reset();
        act();
        return Org.Counters.Total;
    }

    private static string[] AccountMapperColumns() => new[]
    {
        AccountTable.Columns.Name, AccountTable.Columns.JourneyStage, AccountTable.Columns.StageEnteredOn, AccountTable.Columns.ActiveEngagementCount,
        AccountTable.Columns.CompletedEngagementCount, AccountTable.Columns.ServiceLineCount, AccountTable.Columns.FirstEngagementOn,
        AccountTable.Columns.LastEngagementEndedOn, AccountTable.Columns.ProspectOutcome, AccountTable.Columns.RevisitOn,
        AccountTable.Columns.LastTouchpointOn, AccountTable.Columns.LastTouchpointChannel, AccountTable.Columns.TouchpointCount,
        AccountTable.Columns.ReferralCount, AccountTable.Columns.ReferralWonCount, AccountTable.Columns.LastReferralOn,
    };
}
