using System;
using System.Collections.Generic;
using System.Linq;
using CrmJourney.Cli.Generation;
using CrmJourney.Domain.Accounts;
using CrmJourney.Domain.Engagements;
using CrmJourney.Domain.Journey;
using CrmJourney.Domain.Metrics;
using CrmJourney.Domain.Referrals;
using CrmJourney.Domain.Rules;
using CrmJourney.Domain.Touchpoints;
using CrmJourney.Plugins.Journey;
using Microsoft.Xrm.Sdk;
using AccountTable = CrmJourney.Plugins.Schema.Account;
using Appointment = CrmJourney.Plugins.Schema.Appointment;
using Choices = CrmJourney.Plugins.Schema.Choices;
using Contact = CrmJourney.Plugins.Schema.Contact;
using Email = CrmJourney.Plugins.Schema.Email;
using EngagementTable = CrmJourney.Plugins.Schema.Engagement;
using Letter = CrmJourney.Plugins.Schema.Letter;
using NurtureLogTable = CrmJourney.Plugins.Schema.NurtureLog;
using NurtureRuleTable = CrmJourney.Plugins.Schema.NurtureRule;
using OpportunityTable = CrmJourney.Plugins.Schema.Opportunity;
using PhoneCall = CrmJourney.Plugins.Schema.PhoneCall;
using ReferralTable = CrmJourney.Plugins.Schema.Referral;
using ServiceLineTable = CrmJourney.Plugins.Schema.ServiceLine;
using StageTransitionTable = CrmJourney.Plugins.Schema.StageTransition;
using SystemUser = CrmJourney.Plugins.Schema.SystemUser;
using TaskTable = CrmJourney.Plugins.Schema.Task;

namespace CrmJourney.Cli.Reporting;

/// <summary>
/// Everything the journey report is computed from, read from an organization once: accounts,
/// partners, service lines, the journey history, engagements, touchpoints (completed activities,
/// attributed to the account directly or through the contact's parent account), referrals, nurture
/// rules and the tasks they created. Dates are UTC.
/// </summary>
/// <remarks>
/// Channels: the product's touchpoint step counts every appointment as a meeting (the schema has no
/// column marking events); the report shows appointments whose subject starts with "Event: " — how the
/// demo firm books client events — as events, so leadership sees event attendance separately.
/// Nurture tasks are not touchpoints unless completed, as in the product; completed ones count as tasks.
/// </remarks>
public sealed class JourneyData
{
    private static readonly (string Table, TouchpointChannel Channel)[] _activityTables =
    {
        (Email.LogicalName, TouchpointChannel.Email),
        (PhoneCall.LogicalName, TouchpointChannel.PhoneCall),
        (Appointment.LogicalName, TouchpointChannel.Meeting),
        (Letter.LogicalName, TouchpointChannel.Letter),
        (TaskTable.LogicalName, TouchpointChannel.Task),
    };

    private const int CompletedActivityState = 1;
    private const int LostOpportunityState = 2;

    private JourneyData()
    {
    }

    /// <summary>The accounts.</summary>
    public IReadOnlyList<AccountRow> Accounts { get; private init; } = Array.Empty<AccountRow>();

    /// <summary>User names by id.</summary>
    public IReadOnlyDictionary<Guid, string> Users { get; private init; } = new Dictionary<Guid, string>();

    /// <summary>Service-line names by id.</summary>
    public IReadOnlyDictionary<Guid, string> ServiceLines { get; private init; } = new Dictionary<Guid, string>();

    /// <summary>The journey history.</summary>
    public IReadOnlyList<StageTransition> Transitions { get; private init; } = Array.Empty<StageTransition>();

    /// <summary>The engagements.</summary>
    public IReadOnlyList<Engagement> Engagements { get; private init; } = Array.Empty<Engagement>();

    /// <summary>The touchpoints.</summary>
    public IReadOnlyList<Touchpoint> Touchpoints { get; private init; } = Array.Empty<Touchpoint>();

    /// <summary>The referrals.</summary>
    public IReadOnlyList<Referral> Referrals { get; private init; } = Array.Empty<Referral>();

    /// <summary>The nurture rules.</summary>
    public IReadOnlyList<RuleRow> Rules { get; private init; } = Array.Empty<RuleRow>();

    /// <summary>
    /// Baselines: transition rows that record where an account stood rather than a move (no From stage,
    /// or From = To, as a creation or import stamp writes them).
    /// </summary>
    public IReadOnlyList<StageEntry> Entries { get; private init; } = Array.Empty<StageEntry>();

    /// <summary>Lost opportunities, with the outcome the Lose step's default mapping gives their status reason.</summary>
    public IReadOnlyList<LostOpportunity> Losses { get; private init; } = Array.Empty<LostOpportunity>();

    /// <summary>Satisfaction scores of completed engagements (cjp_satisfaction).</summary>
    public IReadOnlyList<EngagementScore> Scores { get; private init; } = Array.Empty<EngagementScore>();

    /// <summary>Nurture-log firings: (rule id, fired on); a digest's log has no account.</summary>
    public IReadOnlyList<NurtureFiring> Firings { get; private init; } = Array.Empty<NurtureFiring>();

    /// <summary>Digest emails: emails whose nurture log names them, by the log's rule and firing date.</summary>
    public IReadOnlyList<NurtureFiring> DigestEmails { get; private init; } = Array.Empty<NurtureFiring>();

    /// <summary>The tasks the nurture rules created.</summary>
    public IReadOnlyList<NurtureTaskRow> NurtureTasks { get; private init; } = Array.Empty<NurtureTaskRow>();

    /// <summary>Active accounts with no journey stage now (all counted): the report reads them as prospects, no rule evaluates them.</summary>
    public AccountsWithoutStage AccountsWithoutStage { get; private init; } = AccountsWithoutStage.None;

    /// <summary>Reads the data from <paramref name="service"/>.</summary>
    public static JourneyData Read(IOrganizationService service)
    {
        ArgumentNullException.ThrowIfNull(service);
        var contacts = RowReader.All(service, Contact.LogicalName, Contact.Columns.ParentCustomerId)
            .Where(c => c.GetAttributeValue<EntityReference>(Contact.Columns.ParentCustomerId)?.LogicalName == AccountTable.LogicalName)
            .ToDictionary(c => c.Id, c => c.GetAttributeValue<EntityReference>(Contact.Columns.ParentCustomerId)!.Id);
        var touchpoints = new List<Touchpoint>();
        var nurtureTasks = new List<NurtureTaskRow>();
        foreach (var (table, channel) in _activityTables)
        {
            var columns = table == TaskTable.LogicalName
                ? new[] { TaskTable.Columns.Subject, TaskTable.Columns.Description, TaskTable.Columns.RegardingObjectId, TaskTable.Columns.StateCode, TaskTable.Columns.ActualEnd, TaskTable.Columns.OwnerId, TaskTable.Columns.ScheduledEnd, TaskTable.Columns.NurtureRuleId, "createdon", "modifiedon" }
                : new[] { TaskTable.Columns.Subject, TaskTable.Columns.RegardingObjectId, TaskTable.Columns.StateCode, TaskTable.Columns.ActualEnd, "modifiedon" };
            foreach (var row in RowReader.All(service, table, columns))
            {
                var completed = row.GetAttributeValue<OptionSetValue>(TaskTable.Columns.StateCode)?.Value == CompletedActivityState;
                var accountId = AccountOf(row.GetAttributeValue<EntityReference>(TaskTable.Columns.RegardingObjectId), contacts);
                var rule = table == TaskTable.LogicalName ? row.GetAttributeValue<EntityReference>(TaskTable.Columns.NurtureRuleId) : null;
                if (rule != null)
                {
                    nurtureTasks.Add(new NurtureTaskRow(
                        row.Id,
                        rule.Id,
                        accountId,
                        row.GetAttributeValue<EntityReference>(TaskTable.Columns.OwnerId)?.Id,
                        row.GetAttributeValue<string>(TaskTable.Columns.Subject) ?? string.Empty,
                        row.GetAttributeValue<string>(TaskTable.Columns.Description) ?? string.Empty,
                        row.GetAttributeValue<DateTime>("createdon"),
                        row.GetAttributeValue<DateTime?>(TaskTable.Columns.ScheduledEnd),
                        completed));
                }

                if (!completed || accountId is not Guid account)
                {
                    continue;
                }

                var when = row.GetAttributeValue<DateTime?>(TaskTable.Columns.ActualEnd) ?? row.GetAttributeValue<DateTime>("modifiedon");
                var isEvent = channel == TouchpointChannel.Meeting && (row.GetAttributeValue<string>(TaskTable.Columns.Subject) ?? string.Empty).StartsWith(FirmGenerator.EventSubjectPrefix, StringComparison.Ordinal);
                touchpoints.Add(new Touchpoint(account, when, isEvent ? TouchpointChannel.Event : channel));
            }
        }

        return new JourneyData
        {
            Accounts = RowReader.All(service, AccountTable.LogicalName, AccountTable.Columns.Name, AccountTable.Columns.JourneyStage, AccountTable.Columns.Tier, AccountTable.Columns.RelationshipPartnerId, AccountTable.Columns.FormerSentiment, AccountTable.Columns.FormerReason, AccountTable.Columns.StageEnteredOn, AccountTable.Columns.LastTouchpointOn, "createdon")
                .Select(a => new AccountRow(
                    a.Id,
                    a.GetAttributeValue<string>(AccountTable.Columns.Name) ?? a.Id.ToString("D"),
                    Choices.ToEnum<JourneyStage>(a.GetAttributeValue<OptionSetValue>(AccountTable.Columns.JourneyStage)) ?? JourneyStage.Prospect,
                    Choices.ToEnum<ClientTier>(a.GetAttributeValue<OptionSetValue>(AccountTable.Columns.Tier)),
                    a.GetAttributeValue<EntityReference>(AccountTable.Columns.RelationshipPartnerId)?.Id,
                    Choices.ToEnum<FormerSentiment>(a.GetAttributeValue<OptionSetValue>(AccountTable.Columns.FormerSentiment)) ?? FormerSentiment.Unknown,
                    a.GetAttributeValue<DateTime>("createdon"),
                    a.GetAttributeValue<string>(AccountTable.Columns.FormerReason),
                    a.GetAttributeValue<DateTime?>(AccountTable.Columns.StageEnteredOn),
                    a.GetAttributeValue<DateTime?>(AccountTable.Columns.LastTouchpointOn)))
                .ToList(),
            Users = RowReader.All(service, SystemUser.LogicalName, SystemUser.Columns.FullName)
                .ToDictionary(u => u.Id, u => u.GetAttributeValue<string>(SystemUser.Columns.FullName) ?? u.Id.ToString("D")),
            ServiceLines = RowReader.All(service, ServiceLineTable.LogicalName, ServiceLineTable.Columns.Name)
                .ToDictionary(s => s.Id, s => s.GetAttributeValue<string>(ServiceLineTable.Columns.Name) ?? s.Id.ToString("D")),
            Transitions = ReadTransitions(service),
            Entries = ReadEntries(service),
            Losses = ReadLosses(service),
            Scores = RowReader.All(service, EngagementTable.LogicalName, EngagementTable.Columns.AccountId, EngagementTable.Columns.EndedOn, EngagementTable.Columns.Satisfaction)
                .Where(e => e.GetAttributeValue<EntityReference>(EngagementTable.Columns.AccountId) != null && e.GetAttributeValue<DateTime?>(EngagementTable.Columns.EndedOn) != null && e.GetAttributeValue<int?>(EngagementTable.Columns.Satisfaction) != null)
                .Select(e => new EngagementScore(e.GetAttributeValue<EntityReference>(EngagementTable.Columns.AccountId)!.Id, e.GetAttributeValue<DateTime>(EngagementTable.Columns.EndedOn), e.GetAttributeValue<int>(EngagementTable.Columns.Satisfaction)))
                .ToList(),
            Firings = ReadFirings(service, out var digestEmails),
            DigestEmails = digestEmails,
            Engagements = ReadEngagements(service),
            Touchpoints = touchpoints,
            Referrals = ReadReferrals(service),
            Rules = RowReader.All(service, NurtureRuleTable.LogicalName, NurtureRuleTable.Columns.Name, NurtureRuleTable.Columns.RuleType, NurtureRuleTable.Columns.ThresholdDays, NurtureRuleTable.Columns.Stages, NurtureRuleTable.Columns.Tiers, NurtureRuleTable.Columns.MinimumCompletedEngagements)
                .Select(r => new RuleRow(
                    r.Id,
                    r.GetAttributeValue<string>(NurtureRuleTable.Columns.Name) ?? r.Id.ToString("D"),
                    KnownChoice<NurtureRuleType>(r.GetAttributeValue<OptionSetValue>(NurtureRuleTable.Columns.RuleType)),
                    r.GetAttributeValue<int?>(NurtureRuleTable.Columns.ThresholdDays),
                    KnownChoices<JourneyStage>(r.GetAttributeValue<OptionSetValueCollection>(NurtureRuleTable.Columns.Stages)),
                    KnownChoices<ClientTier>(r.GetAttributeValue<OptionSetValueCollection>(NurtureRuleTable.Columns.Tiers)),
                    r.GetAttributeValue<int?>(NurtureRuleTable.Columns.MinimumCompletedEngagements)))
                .ToList(),
            NurtureTasks = nurtureTasks,
            AccountsWithoutStage = AccountsWithoutStageQuery.Count(service, maxPages: int.MaxValue),
        };
    }

    private static Guid? AccountOf(EntityReference? regarding, IReadOnlyDictionary<Guid, Guid> contacts) => regarding?.LogicalName switch
    {
        AccountTable.LogicalName => regarding.Id,
        Contact.LogicalName => contacts.TryGetValue(regarding.Id, out var account) ? account : null,
        _ => null,
    };

    private static List<StageTransition> ReadTransitions(IOrganizationService service) =>
        RowReader.All(service, StageTransitionTable.LogicalName, StageTransitionTable.Columns.AccountId, StageTransitionTable.Columns.FromStage, StageTransitionTable.Columns.ToStage, StageTransitionTable.Columns.TransitionedOn, StageTransitionTable.Columns.Trigger, StageTransitionTable.Columns.DaysInPreviousStage, StageTransitionTable.Columns.EngagementId)
            .Select(t => (Row: t, Account: t.GetAttributeValue<EntityReference>(StageTransitionTable.Columns.AccountId), From: KnownChoice<JourneyStage>(t.GetAttributeValue<OptionSetValue>(StageTransitionTable.Columns.FromStage)), To: KnownChoice<JourneyStage>(t.GetAttributeValue<OptionSetValue>(StageTransitionTable.Columns.ToStage))))
            .Where(t => t.Account != null && t.From is not null && t.To is not null && t.From != t.To)
            .Select(t => new StageTransition(
                t.Account!.Id,
                t.From!.Value,
                t.To!.Value,
                t.Row.GetAttributeValue<DateTime>(StageTransitionTable.Columns.TransitionedOn),
                KnownChoice<TransitionTrigger>(t.Row.GetAttributeValue<OptionSetValue>(StageTransitionTable.Columns.Trigger)) ?? TransitionTrigger.Imported,
                Math.Max(0, t.Row.GetAttributeValue<int?>(StageTransitionTable.Columns.DaysInPreviousStage) ?? 0),
                t.Row.GetAttributeValue<EntityReference>(StageTransitionTable.Columns.EngagementId)?.Id))
            .OrderBy(t => t.OccurredOn)
            .ToList();

    private static List<StageEntry> ReadEntries(IOrganizationService service) =>
        RowReader.All(service, StageTransitionTable.LogicalName, StageTransitionTable.Columns.AccountId, StageTransitionTable.Columns.FromStage, StageTransitionTable.Columns.ToStage, StageTransitionTable.Columns.TransitionedOn)
            .Select(t => (Row: t, Account: t.GetAttributeValue<EntityReference>(StageTransitionTable.Columns.AccountId), From: KnownChoice<JourneyStage>(t.GetAttributeValue<OptionSetValue>(StageTransitionTable.Columns.FromStage)), To: KnownChoice<JourneyStage>(t.GetAttributeValue<OptionSetValue>(StageTransitionTable.Columns.ToStage))))
            .Where(t => t.Account != null && t.To is not null && (t.From is null || t.From == t.To))
            .Select(t => new StageEntry(t.Account!.Id, t.To!.Value, t.Row.GetAttributeValue<DateTime>(StageTransitionTable.Columns.TransitionedOn)))
            .ToList();

    /// <summary>Lost opportunities (statecode Lost) of accounts; the outcome through the Lose step's default status-reason mapping.</summary>
    private static List<LostOpportunity> ReadLosses(IOrganizationService service)
    {
        var mapping = Plugins.Opportunities.LoseOutcomeConfiguration.Parse(Plugins.Opportunities.LoseOutcomeConfiguration.Default);
        return RowReader.All(service, OpportunityTable.LogicalName, OpportunityTable.Columns.CustomerId, OpportunityTable.Columns.ParentAccountId, OpportunityTable.Columns.StateCode, OpportunityTable.Columns.StatusCode, OpportunityTable.Columns.ActualCloseDate, "modifiedon")
            .Where(o => o.GetAttributeValue<OptionSetValue>(OpportunityTable.Columns.StateCode)?.Value == LostOpportunityState)
            .Select(o => (Row: o, Account: AccountOfOpportunity(o)))
            .Where(o => o.Account is not null)
            .Select(o =>
            {
                var status = o.Row.GetAttributeValue<OptionSetValue>(OpportunityTable.Columns.StatusCode)?.Value ?? 0;
                return new LostOpportunity(o.Account!.Value, o.Row.GetAttributeValue<DateTime?>(OpportunityTable.Columns.ActualCloseDate) ?? o.Row.GetAttributeValue<DateTime>("modifiedon"), status, LostReasonLabel(status), mapping.OutcomeFor(status));
            })
            .ToList();
    }

    /// <summary>The label of an opportunity's Lost status reason (the standard ones; others by value).</summary>
    public static string LostReasonLabel(int statusReason) => statusReason switch
    {
        4 => "Canceled",
        5 => "Out-Sold",
        _ => "Status reason " + statusReason.ToString(System.Globalization.CultureInfo.InvariantCulture),
    };

    private static Guid? AccountOfOpportunity(Entity opportunity) =>
        opportunity.GetAttributeValue<EntityReference>(OpportunityTable.Columns.CustomerId) is { LogicalName: AccountTable.LogicalName } customer
            ? customer.Id
            : opportunity.GetAttributeValue<EntityReference>(OpportunityTable.Columns.ParentAccountId)?.Id;

    private static List<NurtureFiring> ReadFirings(IOrganizationService service, out IReadOnlyList<NurtureFiring> digestEmails)
    {
        var logs = RowReader.All(service, NurtureLogTable.LogicalName, NurtureLogTable.Columns.NurtureRuleId, NurtureLogTable.Columns.AccountId, NurtureLogTable.Columns.FiredOn, NurtureLogTable.Columns.ActivityId)
            .Where(l => l.GetAttributeValue<EntityReference>(NurtureLogTable.Columns.NurtureRuleId) != null)
            .Select(l => (Firing: new NurtureFiring(l.GetAttributeValue<EntityReference>(NurtureLogTable.Columns.NurtureRuleId)!.Id, l.GetAttributeValue<DateTime>(NurtureLogTable.Columns.FiredOn), l.GetAttributeValue<EntityReference>(NurtureLogTable.Columns.AccountId) is null), Email: l.GetAttributeValue<string>(NurtureLogTable.Columns.ActivityId)))
            .ToList();
        var emails = new HashSet<Guid>(RowReader.All(service, Email.LogicalName, Email.Columns.Subject).Select(e => e.Id));
        digestEmails = logs.Where(l => Guid.TryParse(l.Email, out var id) && emails.Contains(id)).Select(l => l.Firing).ToList();
        return logs.Select(l => l.Firing).ToList();
    }

    private static List<TEnum> KnownChoices<TEnum>(OptionSetValueCollection? values)
        where TEnum : struct, Enum =>
        values == null ? new List<TEnum>() : values.Select(KnownChoice<TEnum>).OfType<TEnum>().ToList();

    private static List<Engagement> ReadEngagements(IOrganizationService service) =>
        RowReader.All(service, EngagementTable.LogicalName, EngagementTable.Columns.AccountId, EngagementTable.Columns.ServiceLineId, EngagementTable.Columns.Status, EngagementTable.Columns.StartedOn, EngagementTable.Columns.EndedOn, EngagementTable.Columns.Value, EngagementTable.Columns.EngagementPartnerId)
            .Where(e => e.GetAttributeValue<EntityReference>(EngagementTable.Columns.AccountId) != null && e.GetAttributeValue<EntityReference>(EngagementTable.Columns.ServiceLineId) != null)
            .Select(e =>
            {
                var started = e.GetAttributeValue<DateTime?>(EngagementTable.Columns.StartedOn);
                var ended = e.GetAttributeValue<DateTime?>(EngagementTable.Columns.EndedOn);
                return new Engagement(
                    e.Id,
                    e.GetAttributeValue<EntityReference>(EngagementTable.Columns.AccountId)!.Id,
                    e.GetAttributeValue<EntityReference>(EngagementTable.Columns.ServiceLineId)!.Id,
                    KnownChoice<EngagementStatus>(e.GetAttributeValue<OptionSetValue>(EngagementTable.Columns.Status)) ?? EngagementStatus.Planned,
                    started,
                    started is DateTime s && ended is DateTime en && en < s ? s : ended,
                    Math.Max(0m, e.GetAttributeValue<Money>(EngagementTable.Columns.Value)?.Value ?? 0m),
                    e.GetAttributeValue<EntityReference>(EngagementTable.Columns.EngagementPartnerId)?.Id);
            })
            .ToList();

    private static List<Referral> ReadReferrals(IOrganizationService service)
    {
        var referrals = new List<Referral>();
        foreach (var r in RowReader.All(service, ReferralTable.LogicalName, ReferralTable.Columns.ReferrerAccountId, ReferralTable.Columns.ReferrerContactId, ReferralTable.Columns.ReferredLeadId, ReferralTable.Columns.ReferredOpportunityId, ReferralTable.Columns.ReferredAccountId, ReferralTable.Columns.ReferredOn, ReferralTable.Columns.Channel, ReferralTable.Columns.Status, ReferralTable.Columns.Value, ReferralTable.Columns.ReferrerStage, "createdon"))
        {
            var account = r.GetAttributeValue<EntityReference>(ReferralTable.Columns.ReferrerAccountId)?.Id;
            var contact = r.GetAttributeValue<EntityReference>(ReferralTable.Columns.ReferrerContactId)?.Id;
            var (kind, referred) = r.GetAttributeValue<EntityReference>(ReferralTable.Columns.ReferredOpportunityId) is { } opportunity
                ? (ReferredKind.Opportunity, opportunity.Id)
                : r.GetAttributeValue<EntityReference>(ReferralTable.Columns.ReferredLeadId) is { } lead
                    ? (ReferredKind.Lead, lead.Id)
                    : (ReferredKind.Account, r.GetAttributeValue<EntityReference>(ReferralTable.Columns.ReferredAccountId)?.Id ?? Guid.Empty);
            if ((account is null && contact is null) || referred == Guid.Empty)
            {
                continue;
            }

            referrals.Add(new Referral(
                account,
                contact,
                kind,
                referred,
                r.GetAttributeValue<DateTime?>(ReferralTable.Columns.ReferredOn) ?? r.GetAttributeValue<DateTime>("createdon"),
                KnownChoice<ReferralChannel>(r.GetAttributeValue<OptionSetValue>(ReferralTable.Columns.Channel)) ?? ReferralChannel.Other,
                KnownChoice<ReferralStatus>(r.GetAttributeValue<OptionSetValue>(ReferralTable.Columns.Status)) ?? ReferralStatus.Open,
                Math.Max(0m, r.GetAttributeValue<Money>(ReferralTable.Columns.Value)?.Value ?? 0m),
                KnownChoice<JourneyStage>(r.GetAttributeValue<OptionSetValue>(ReferralTable.Columns.ReferrerStage))));
        }

        return referrals;
    }

    /// <summary>The enum of a stored choice, or null when empty or unknown (a report shows what it can rather than failing).</summary>
    private static TEnum? KnownChoice<TEnum>(OptionSetValue? value)
        where TEnum : struct, Enum
    {
        if (value == null)
        {
            return null;
        }

        var numeric = value.Value - Choices.OptionValueBase;
        return Enum.IsDefined(typeof(TEnum), numeric) ? (TEnum)Enum.ToObject(typeof(TEnum), numeric) : null;
    }
}
