using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.ServiceModel;
using CrmJourney.Domain.Engagements;
using CrmJourney.Domain.Initialization;
using CrmJourney.Domain.Journey;
using CrmJourney.Domain.Referrals;
using CrmJourney.Domain.Time;
using CrmJourney.Domain.Touchpoints;
using CrmJourney.Plugins.Engagements;
using CrmJourney.Plugins.Mapping;
using CrmJourney.Plugins.Opportunities;
using CrmJourney.Plugins.Schema;
using CrmJourney.Plugins.Sweep;
using CrmJourney.Plugins.Touchpoints;
using Microsoft.Xrm.Sdk;
using DomainActivityParty = CrmJourney.Domain.Touchpoints.ActivityParty;
using DomainEngagement = CrmJourney.Domain.Engagements.Engagement;
using DomainReferral = CrmJourney.Domain.Referrals.Referral;
using PartyTable = CrmJourney.Plugins.Schema.ActivityParty;
using ReferralTable = CrmJourney.Plugins.Schema.Referral;
using TransitionTable = CrmJourney.Plugins.Schema.StageTransition;

namespace CrmJourney.Plugins.Initialization;

/// <summary>
/// The initialization from history (issue "Day one in an existing organization"), usable from the
/// cjp_InitializeJourney custom API or any client with an <see cref="IOrganizationService"/>. Each call pages through
/// the active accounts that have no journey stage, in accountid order, and for each page:
/// <list type="number">
/// <item>reads, set-based, the page's contacts, opportunities, leads, engagements, referrals made, completed activities
/// (regarding the account or any of its rows, or naming its people as parties) — a dozen-odd requests per page however
/// large the accounts' histories;</item>
/// <item>derives each account's entry with <see cref="JourneyInitializer"/> (the domain's rules; see
/// <see cref="InitializationPolicy"/> for the choices history leaves open), the Lose step's own mapping for lost
/// opportunities;</item>
/// <item>writes, in bulk: first one Imported cjp_stagetransition per account, whose alternate key (cjp_importkey
/// "init:" + account id) is the claim — a concurrent initialization that claimed an account first keeps it; then one
/// cjp_engagement per won opportunity (key "won:" + opportunity id; the engagement plug-in's Create step bypassed,
/// since this call writes the counters and stage it would recompute), the referrals not yet logged (pair key), and the
/// accounts' stage, counters, touchpoint columns, prospect outcome and referral counters in the shape the stage guard
/// recognises as the product's own write.</item>
/// </list>
/// Accounts with a stage are never read, so a second run changes nothing. It stops at a page boundary before the time
/// budget runs out and returns a continuation token. A dry run reads and derives everything and writes nothing (its
/// token then resumes after the last account it looked at).
/// </summary>
public sealed class JourneyInitialization
{
    /// <summary>The prefix of a transition's import key; the account id follows.</summary>
    public const string TransitionKeyPrefix = "init:";

    /// <summary>The prefix of an engagement's import key; the won opportunity's id follows.</summary>
    public const string EngagementKeyPrefix = "won:";

    private readonly IOrganizationService _service;
    private readonly IClock _clock;
    private readonly Action<string> _trace;
    private readonly JourneyInitializationOptions _options;
    private readonly ISweepStopwatch _stopwatch;

    /// <summary>An initialization over <paramref name="service"/>; "now" (the default as-of) comes from <paramref name="clock"/>.</summary>
    public JourneyInitialization(IOrganizationService service, IClock clock, Action<string> trace, JourneyInitializationOptions options, ISweepStopwatch? stopwatch = null)
    {
        _service = service ?? throw new ArgumentNullException(nameof(service));
        _clock = clock ?? throw new ArgumentNullException(nameof(clock));
        _trace = trace ?? throw new ArgumentNullException(nameof(trace));
        _options = options ?? throw new ArgumentNullException(nameof(options));
        _stopwatch = stopwatch ?? new SystemSweepStopwatch();
    }

    /// <summary>Runs one call: from the start (no token) or where the token says.</summary>
    public JourneyInitializationResult Run(string? continuationToken = null)
    {
        _stopwatch.Restart();
        var counting = new CountingOrganizationService(_service);
        var state = StartOrResume(continuationToken);
        var queries = new InitializationQueries(counting);
        var configuration = queries.LoseStepConfiguration(new Guid(OpportunityLostPlugin.LoseStepId));
        var lose = LoseOutcomeConfiguration.Parse(configuration ?? LoseOutcomeConfiguration.Default);
        if (!lose.IsValid)
        {
            throw new InvalidPluginExecutionException(
                "The Lose step's configuration, which the initialization uses to map lost opportunities, is not valid: " + string.Join(" ", lose.Problems)
                + " Correct the step's unsecure configuration in the plugin registration and run the initialization again.");
        }

        var policy = new InitializationPolicy
        {
            EngagementLengthDays = state.EngagementLengthDays,
            FallbackServiceLineId = state.FallbackServiceLineId,
            LostAs = lose.NotNowStatuses.Select(s => new KeyValuePair<int, ProspectOutcome>(s, ProspectOutcome.NotNow))
                .Concat(lose.NoWayStatuses.Select(s => new KeyValuePair<int, ProspectOutcome>(s, ProspectOutcome.NoWay)))
                .ToDictionary(p => p.Key, p => p.Value),
            RevisitAfterDays = lose.RevisitAfterDays,
        };
        var run = new PageRun(this, state, queries, new SweepWriter(counting), policy);
        _trace($"Journey initialization as of {state.AsOf.ToString("o", CultureInfo.InvariantCulture)}{(state.DryRun ? ", dry run" : string.Empty)}; lost opportunities mapped by the {(configuration == null ? "default Lose configuration" : "Lose step's configuration")}.");
        var completed = run.Execute();
        var summary = new InitializationSummary(state, run.Skipped, counting.Requests, completed, configuration == null ? "default" : "step configuration");
        return new JourneyInitializationResult(summary, completed ? null : InitializationTokenCodec.Encode(state), completed);
    }

    private InitializationState StartOrResume(string? token)
    {
        if (string.IsNullOrWhiteSpace(token))
        {
            var now = _clock.UtcNow;
            return new InitializationState(now.Kind == DateTimeKind.Utc ? now : DateTime.SpecifyKind(now, DateTimeKind.Utc), _options.DryRun, _options.EngagementLengthDays, _options.FallbackServiceLineId);
        }

        var state = InitializationTokenCodec.Decode(token!);
        if (state.DryRun != _options.DryRun || state.EngagementLengthDays != _options.EngagementLengthDays || state.FallbackServiceLineId != _options.FallbackServiceLineId)
        {
            throw new InvalidPluginExecutionException(
                $"The continuation token belongs to an initialization with DryRun {state.DryRun}, EngagementLengthDays {state.EngagementLengthDays} and FallbackServiceLineId {state.FallbackServiceLineId?.ToString("D", CultureInfo.InvariantCulture) ?? "(none)"}; "
                + "continue it with the same settings, or start again without a token.");
        }

        return state;
    }

    /// <summary>One call's pages; holds the mutable bookkeeping.</summary>
    private sealed class PageRun
    {
        private readonly JourneyInitialization _owner;
        private readonly InitializationState _state;
        private readonly InitializationQueries _queries;
        private readonly SweepWriter _writer;
        private readonly InitializationPolicy _policy;

        public PageRun(JourneyInitialization owner, InitializationState state, InitializationQueries queries, SweepWriter writer, InitializationPolicy policy)
        {
            _owner = owner;
            _state = state;
            _queries = queries;
            _writer = writer;
            _policy = policy;
        }

        public List<SkippedAccount> Skipped { get; } = new();

        public bool Execute()
        {
            var options = _owner._options;
            var size = options.PageSize;
            var slowestPerAccount = TimeSpan.Zero;
            var pageStart = _owner._stopwatch.Elapsed;
            while (true)
            {
                var page = _queries.AccountsWithoutStage(_state.NextPage, _state.PagingCookie, size);
                var accounts = page.Rows;
                if (accounts.Count > 0)
                {
                    ProcessPage(accounts);
                    _state.PagesDone++;
                }

                _state.NextPage++;
                _state.PagingCookie = page.PagingCookie ?? _state.PagingCookie;
                if (!page.MoreRecords)
                {
                    return true;
                }

                var elapsed = _owner._stopwatch.Elapsed;
                var perAccount = TimeSpan.FromTicks((elapsed - pageStart).Ticks / accounts.Count);
                slowestPerAccount = perAccount > slowestPerAccount ? perAccount : slowestPerAccount;
                size = PlannedPageSize(elapsed, slowestPerAccount);
                if (size < Math.Min(JourneyInitializationOptions.MinimumPageSize, options.PageSize))
                {
                    _owner._trace($"Time budget: {elapsed.TotalSeconds.ToString("0.0", CultureInfo.InvariantCulture)} s used; pausing after page {_state.PagesDone.ToString(CultureInfo.InvariantCulture)}.");
                    return false;
                }

                pageStart = elapsed;
            }
        }

        private int PlannedPageSize(TimeSpan elapsed, TimeSpan perAccount)
        {
            var left = _owner._options.TimeBudget - elapsed;
            if (left <= TimeSpan.Zero)
            {
                return 0;
            }

            return perAccount <= TimeSpan.Zero ? _owner._options.PageSize : (int)Math.Min(_owner._options.PageSize, left.Ticks / 2 / perAccount.Ticks);
        }

        private void ProcessPage(IReadOnlyList<Entity> accounts)
        {
            var ids = accounts.Select(a => a.Id).ToList();
            var inPage = new HashSet<Guid>(ids);
            var contacts = _queries.Contacts(ids);
            var opportunities = _queries.Opportunities(ids);
            var leads = _queries.Leads(ids);
            var engagements = _queries.Engagements(ids);
            var referredLeads = _queries.ReferredRecords(Lead.LogicalName, ids);
            var referredOpportunities = _queries.ReferredRecords(Opportunity.LogicalName, ids);
            var logged = _queries.ReferralsMade(ids);

            var opportunityAccounts = new Dictionary<Guid, Guid>();
            foreach (var opportunity in opportunities)
            {
                var customer = opportunity.GetAttributeValue<EntityReference>(Opportunity.Columns.CustomerId);
                var account = customer?.LogicalName == Account.LogicalName && inPage.Contains(customer.Id)
                    ? customer.Id
                    : RecordRefMapper.AccountIn(opportunity.GetAttributeValue<EntityReference>(Opportunity.Columns.ParentAccountId));
                if (account is { } id && inPage.Contains(id))
                {
                    opportunityAccounts[opportunity.Id] = id;
                }
            }

            var engagementAccounts = engagements.ToDictionary(e => e.Id, e => e.GetAttributeValue<EntityReference>(Schema.Engagement.Columns.AccountId)!.Id);
            var links = new AccountLinks(contacts, opportunityAccounts, leads, engagementAccounts);
            var touchpoints = Touchpoints(links, inPage);
            var withEngagement = new HashSet<Guid>(engagements.Select(e => e.GetAttributeValue<EntityReference>(Schema.Engagement.Columns.OpportunityId)?.Id ?? Guid.Empty));
            var referrals = Referrals(referredLeads, referredOpportunities, logged, inPage);

            var entries = new List<Entry>();
            // Grouped once per page: a lookup per account, not a scan of the page's rows per account.
            var opportunitiesByAccount = opportunities.Where(o => opportunityAccounts.ContainsKey(o.Id)).ToLookup(o => opportunityAccounts[o.Id]);
            var engagementsByAccount = engagements.ToLookup(e => engagementAccounts[e.Id]);
            foreach (var account in accounts)
            {
                var name = account.GetAttributeValue<string>(Account.Columns.Name);
                var history = History(account, opportunitiesByAccount[account.Id], withEngagement, engagementsByAccount[account.Id], touchpoints, referrals, out var refusal);
                var journey = history == null ? null : JourneyInitializer.Derive(history, _policy, _state.AsOf);
                var reason = refusal ?? journey!.SkipReason;
                if (reason != null)
                {
                    _state.AccountsSkipped++;
                    Skipped.Add(new SkippedAccount(account.Id, name, reason));
                    continue;
                }

                entries.Add(new Entry(account.Id, name, journey!, referrals.TryGetValue(account.Id, out var made) ? made.Where(r => r.IsNew).ToList() : new List<ReferralToLog>()));
            }

            if (!_state.DryRun)
            {
                entries = Claim(entries);
                Write(entries);
            }

            foreach (var entry in entries)
            {
                var journey = entry.Journey;
                _state.AccountsInitialized++;
                _state.EngagementsCreated += journey.NewEngagements.Count;
                _state.TransitionsCreated++;
                _state.ReferralsCreated += entry.NewReferrals.Count;
                _state.TouchpointsCounted += journey.TouchpointCount;
                Count(_state.ByStage, journey.Stage.ToString());
                if (journey.Stage == JourneyStage.Prospect)
                {
                    Count(_state.ByOutcome, journey.ProspectOutcome.ToString());
                }
            }
        }

        private static void Count(Dictionary<string, int> counts, string key) => counts[key] = (counts.TryGetValue(key, out var n) ? n : 0) + 1;

        private AccountHistory? History(
            Entity account,
            IEnumerable<Entity> opportunities,
            HashSet<Guid> withEngagement,
            IEnumerable<Entity> engagements,
            Dictionary<Guid, List<Touchpoint>> touchpoints,
            Dictionary<Guid, List<ReferralToLog>> referrals,
            out string? refusal)
        {
            refusal = null;
            var won = new List<WonDeal>();
            var lost = new List<LostDeal>();
            foreach (var opportunity in opportunities)
            {
                var state = opportunity.GetAttributeValue<OptionSetValue>(Opportunity.Columns.StateCode)?.Value;
                var closedOn = opportunity.GetAttributeValue<DateTime?>(Opportunity.Columns.ActualCloseDate) ?? _state.AsOf;
                if (state == OpportunityStates.Won && !withEngagement.Contains(opportunity.Id))
                {
                    won.Add(new WonDeal(
                        opportunity.Id,
                        opportunity.GetAttributeValue<string>(Opportunity.Columns.Name) ?? string.Empty,
                        closedOn,
                        opportunity.GetAttributeValue<Money>(Opportunity.Columns.ActualValue)?.Value ?? opportunity.GetAttributeValue<Money>(Opportunity.Columns.EstimatedValue)?.Value ?? 0m,
                        opportunity.GetAttributeValue<EntityReference>(Opportunity.Columns.ServiceLineId)?.Id));
                }
                else if (state == OpportunityStates.Lost)
                {
                    lost.Add(new LostDeal(closedOn, opportunity.GetAttributeValue<OptionSetValue>(Opportunity.Columns.StatusCode)?.Value));
                }
            }

            var recorded = new List<DomainEngagement>();
            foreach (var row in engagements)
            {
                try
                {
                    recorded.Add(new DomainEngagement(
                        row.Id,
                        account.Id,
                        row.GetAttributeValue<EntityReference>(Schema.Engagement.Columns.ServiceLineId)?.Id ?? Guid.Empty,
                        Choices.ToEnum<EngagementStatus>(row.GetAttributeValue<OptionSetValue>(Schema.Engagement.Columns.Status)) ?? EngagementStatus.Planned,
                        row.GetAttributeValue<DateTime?>(Schema.Engagement.Columns.StartedOn),
                        row.GetAttributeValue<DateTime?>(Schema.Engagement.Columns.EndedOn),
                        Math.Max(0m, row.GetAttributeValue<Money>(Schema.Engagement.Columns.Value)?.Value ?? 0m)));
                }
                catch (ArgumentException refused)
                {
                    refusal = $"Its engagement \"{row.GetAttributeValue<string>(Schema.Engagement.Columns.Name) ?? row.Id.ToString()}\" cannot be counted: {DomainRefusal.Sentence(refused)} Correct the engagement and run the initialization again.";
                    return null;
                }
            }

            return new AccountHistory(
                account.Id,
                account.GetAttributeValue<DateTime?>(Account.Columns.CreatedOn) ?? _state.AsOf,
                touchpoints.TryGetValue(account.Id, out var touched) ? touched : new List<Touchpoint>(),
                recorded,
                won,
                lost,
                referrals.TryGetValue(account.Id, out var made) ? made.Select(r => r.Referral).ToList() : new List<DomainReferral>());
        }

        /// <summary>The touchpoints of the page's accounts: every completed activity once per account it touches.</summary>
        private Dictionary<Guid, List<Touchpoint>> Touchpoints(AccountLinks links, HashSet<Guid> inPage)
        {
            var activities = new Dictionary<Guid, ActivitySeen>();
            foreach (var row in _queries.ActivitiesRegarding(inPage.ToList()))
            {
                Seen(activities, row.Id, row.GetAttributeValue<string>("activitytypecode"), row.GetAttributeValue<DateTime?>(Task.Columns.ActualEnd) ?? row.GetAttributeValue<DateTime?>("modifiedon"), row.GetAttributeValue<EntityReference>(Task.Columns.RegardingObjectId));
            }

            foreach (var row in _queries.PartiesOfAccounts(inPage.ToList()))
            {
                var activityId = row.GetAttributeValue<EntityReference>(PartyTable.Columns.ActivityId)?.Id ?? Guid.Empty;
                var party = RecordRefMapper.From(row.GetAttributeValue<EntityReference>(PartyTable.Columns.PartyId));
                var role = row.GetAttributeValue<OptionSetValue>(PartyTable.Columns.ParticipationTypeMask);
                if (activityId == Guid.Empty || party == null || role == null)
                {
                    continue;
                }

                var seen = Seen(
                    activities,
                    activityId,
                    LinkedColumns.Value<string>(row, InitializationQueries.PointerAlias, "activitytypecode"),
                    LinkedColumns.Value<DateTime?>(row, InitializationQueries.PointerAlias, Task.Columns.ActualEnd) ?? LinkedColumns.Value<DateTime?>(row, InitializationQueries.PointerAlias, "modifiedon"),
                    LinkedColumns.Value<EntityReference>(row, InitializationQueries.PointerAlias, Task.Columns.RegardingObjectId));
                seen?.Parties.Add(new DomainActivityParty((ParticipationType)role.Value, party));
            }

            var byAccount = new Dictionary<Guid, List<Touchpoint>>();
            foreach (var activity in activities.Values)
            {
                foreach (var account in TouchpointDefinition.AccountsTouched(activity.Regarding, activity.Parties, links))
                {
                    if (!inPage.Contains(account))
                    {
                        continue;
                    }

                    if (!byAccount.TryGetValue(account, out var list))
                    {
                        byAccount[account] = list = new List<Touchpoint>();
                    }

                    list.Add(new Touchpoint(account, activity.On, activity.Channel));
                }
            }

            return byAccount;
        }

        private static ActivitySeen? Seen(Dictionary<Guid, ActivitySeen> activities, Guid id, string? type, DateTime? on, EntityReference? regarding)
        {
            if (activities.TryGetValue(id, out var seen))
            {
                return seen;
            }

            if (type == null || on == null)
            {
                return null;
            }

            seen = new ActivitySeen(ActivityMapper.ChannelOf(type), on.Value, RecordRefMapper.From(regarding));
            activities[id] = seen;
            return seen;
        }

        /// <summary>The referrals each page account made: those logged already and those the leads and opportunities name.</summary>
        private Dictionary<Guid, List<ReferralToLog>> Referrals(IReadOnlyList<Entity> leads, IReadOnlyList<Entity> opportunities, IReadOnlyList<StoredReferral> logged, HashSet<Guid> inPage)
        {
            var byAccount = new Dictionary<Guid, List<ReferralToLog>>();
            var keys = new HashSet<string>(StringComparer.Ordinal);
            foreach (var stored in logged)
            {
                if (stored.Referral.ReferrerAccountId is { } referrer && keys.Add(stored.Referral.PairKey))
                {
                    Add(byAccount, referrer, new ReferralToLog(stored.Referral, null, false));
                }
            }

            foreach (var row in leads)
            {
                Named(byAccount, keys, row, ReferredKind.Lead, inPage);
            }

            foreach (var row in opportunities)
            {
                Named(byAccount, keys, row, ReferredKind.Opportunity, inPage);
            }

            return byAccount;
        }

        /// <summary>The referral a lead or opportunity names, when its referrer is a page account (directly or through a contact) and the pair is new.</summary>
        private void Named(Dictionary<Guid, List<ReferralToLog>> byAccount, HashSet<string> keys, Entity row, ReferredKind kind, HashSet<Guid> inPage)
        {
            var viaContact = RecordRefMapper.AccountIn(LinkedColumns.Value<EntityReference>(row, InitializationQueries.ContactAlias, Contact.Columns.ParentCustomerId));
            var named = row.GetAttributeValue<EntityReference>(Lead.Columns.ReferredByAccountId)?.Id;
            var referrer = named is { } a && inPage.Contains(a) ? a : viaContact;
            if (referrer is not { } account || !inPage.Contains(account))
            {
                return;
            }

            var contact = row.GetAttributeValue<EntityReference>(Lead.Columns.ReferredByContactId)?.Id;
            var state = row.GetAttributeValue<OptionSetValue>(Opportunity.Columns.StateCode)?.Value;
            var status = kind == ReferredKind.Opportunity && state == OpportunityStates.Won ? ReferralStatus.Won
                : kind == ReferredKind.Opportunity && state == OpportunityStates.Lost ? ReferralStatus.Lost
                : ReferralStatus.Open;
            var referral = new DomainReferral(
                account,
                contact,
                kind,
                row.Id,
                row.GetAttributeValue<DateTime?>(Account.Columns.CreatedOn) ?? _state.AsOf,
                Choices.ToEnum<ReferralChannel>(row.GetAttributeValue<OptionSetValue>(Lead.Columns.ReferralChannel)) ?? ReferralChannel.WordOfMouth,
                status,
                status == ReferralStatus.Won ? Math.Max(0m, row.GetAttributeValue<Money>(Opportunity.Columns.ActualValue)?.Value ?? 0m) : 0m);
            if (keys.Add(referral.PairKey))
            {
                var name = kind == ReferredKind.Lead
                    ? row.GetAttributeValue<string>(Lead.Columns.FullName) ?? row.GetAttributeValue<string>(Lead.Columns.Subject)
                    : row.GetAttributeValue<string>(Opportunity.Columns.Name);
                Add(byAccount, account, new ReferralToLog(referral, name ?? "referred record", true));
            }
        }

        private static void Add(Dictionary<Guid, List<ReferralToLog>> map, Guid account, ReferralToLog referral)
        {
            if (!map.TryGetValue(account, out var list))
            {
                map[account] = list = new List<ReferralToLog>();
            }

            list.Add(referral);
        }

        /// <summary>
        /// Writes each entry's Imported transition, the claim on its account: an account whose key another
        /// initialization already holds is left to it. Returns the entries this call claimed.
        /// </summary>
        private List<Entry> Claim(List<Entry> entries)
        {
            var pending = entries;
            while (true)
            {
                var taken = _queries.TakenTransitionKeys(pending.Select(e => TransitionKeyPrefix + Id(e.AccountId)).ToList());
                var claimed = pending.Where(e => !taken.Contains(TransitionKeyPrefix + Id(e.AccountId))).ToList();
                _state.ClaimedByAnother += pending.Count - claimed.Count;
                foreach (var lost in pending.Where(e => taken.Contains(TransitionKeyPrefix + Id(e.AccountId))))
                {
                    Skipped.Add(new SkippedAccount(lost.AccountId, lost.Name, "Another initialization claimed it first (its Imported transition exists); it was left to that run. If its stage was cleared since, set the stage on the account form."));
                }

                try
                {
                    _writer.SizeBatchesFor(SweepWriter.BatchSize);
                    _writer.CreateAll(TransitionTable.LogicalName, claimed.Select(TransitionRow).ToList());
                    return claimed;
                }
                catch (FaultException<OrganizationServiceFault> fault) when (SweepWriter.IsDuplicateKey(fault.Detail))
                {
                    if (!_owner._options.RecoverFromDuplicateKeys)
                    {
                        throw new InvalidPluginExecutionException(
                            "Another journey initialization claimed some of the same accounts at the same time, so this page was rolled back. "
                            + "Run cjp_InitializeJourney again with the same continuation token (or none): accounts already initialized are skipped, so nothing is created twice.",
                            fault);
                    }

                    // Outside a transaction a failed batch wrote nothing: re-read the keys and claim what is left.
                    pending = claimed;
                }
            }
        }

        private void Write(List<Entry> entries)
        {
            var engagements = entries.SelectMany(e => e.Journey.NewEngagements.Select(n => EngagementRow(e.AccountId, n))).ToList();
            _writer.CreateAll(Schema.Engagement.LogicalName, engagements, EngagementChangedPlugin.CreateStepId);
            _writer.CreateAll(ReferralTable.LogicalName, entries.SelectMany(e => e.NewReferrals.Select(r => ReferralMapper.ToNewRow(r.Referral, r.ReferredName!))).ToList());
            _writer.UpdateAll(Account.LogicalName, entries.Select(e => AccountUpdate(e.Journey)).ToList());
        }

        private static Entity TransitionRow(Entry entry)
        {
            var row = StageTransitionMapper.ToEntryRow(entry.AccountId, entry.Journey.Stage, entry.Journey.StageEnteredOn, TransitionTrigger.Imported);
            row[TransitionTable.Columns.ImportKey] = TransitionKeyPrefix + Id(entry.AccountId);
            return row;
        }

        private static Entity EngagementRow(Guid accountId, NewEngagement engagement)
        {
            var row = new Entity(Schema.Engagement.LogicalName)
            {
                [Schema.Engagement.Columns.Name] = engagement.Deal.Name,
                [Schema.Engagement.Columns.AccountId] = new EntityReference(Account.LogicalName, accountId),
                [Schema.Engagement.Columns.ServiceLineId] = new EntityReference(Schema.ServiceLine.LogicalName, engagement.ServiceLineId),
                [Schema.Engagement.Columns.Status] = Choices.ToOptionSetValue(engagement.Status),
                [Schema.Engagement.Columns.StartedOn] = engagement.StartedOn,
                [Schema.Engagement.Columns.Value] = new Money(engagement.Deal.Value),
                [Schema.Engagement.Columns.OpportunityId] = new EntityReference(Opportunity.LogicalName, engagement.Deal.OpportunityId),
                [Schema.Engagement.Columns.ImportKey] = EngagementKeyPrefix + Id(engagement.Deal.OpportunityId),
            };
            if (engagement.EndedOn is { } ended)
            {
                row[Schema.Engagement.Columns.EndedOn] = ended;
            }

            return row;
        }

        /// <summary>Stage, counters and the columns the plug-ins keep, in the product-write shape (counters with the stage).</summary>
        private static Entity AccountUpdate(InitialJourney journey)
        {
            var summary = journey.Engagements;
            var update = new Entity(Account.LogicalName, journey.AccountId)
            {
                [Account.Columns.JourneyStage] = Choices.ToOptionSetValue(journey.Stage),
                [Account.Columns.StageEnteredOn] = journey.StageEnteredOn,
                [Account.Columns.ActiveEngagementCount] = summary.ActiveCount,
                [Account.Columns.CompletedEngagementCount] = summary.CompletedCount,
                [Account.Columns.ServiceLineCount] = summary.ServiceLineCount,
                [Account.Columns.FirstEngagementOn] = summary.FirstEngagementOn,
                [Account.Columns.LastEngagementEndedOn] = summary.LastEngagementEndedOn,
                [Account.Columns.TouchpointCount] = journey.TouchpointCount,
                [Account.Columns.LastTouchpointOn] = journey.LastTouchpoint?.OccurredOn,
                [Account.Columns.LastTouchpointChannel] = journey.LastTouchpoint is { } last ? Choices.ToOptionSetValue(last.Channel) : null,
                [Account.Columns.ReferralCount] = journey.Referrals.ReferralCount,
                [Account.Columns.ReferralWonCount] = journey.Referrals.WonCount,
                [Account.Columns.LastReferralOn] = journey.Referrals.LastReferralOn,
            };
            if (journey.Stage == JourneyStage.Prospect)
            {
                update[Account.Columns.ProspectOutcome] = Choices.ToOptionSetValue(journey.ProspectOutcome);
                update[Account.Columns.RevisitOn] = journey.RevisitOn;
            }

            return update;
        }

        private static string Id(Guid id) => id.ToString("D", CultureInfo.InvariantCulture);
    }

    private sealed class ActivitySeen
    {
        public ActivitySeen(TouchpointChannel channel, DateTime on, RecordRef? regarding)
        {
            Channel = channel;
            On = on;
            Regarding = regarding;
        }

        public TouchpointChannel Channel { get; }

        public DateTime On { get; }

        public RecordRef? Regarding { get; }

        public List<DomainActivityParty> Parties { get; } = new();
    }

    private sealed class ReferralToLog
    {
        public ReferralToLog(DomainReferral referral, string? referredName, bool isNew)
        {
            Referral = referral;
            ReferredName = referredName;
            IsNew = isNew;
        }

        public DomainReferral Referral { get; }

        public string? ReferredName { get; }

        public bool IsNew { get; }
    }

    private sealed class Entry
    {
        public Entry(Guid accountId, string? name, InitialJourney journey, List<ReferralToLog> newReferrals)
        {
            AccountId = accountId;
            Name = name;
            Journey = journey;
            NewReferrals = newReferrals;
        }

        public Guid AccountId { get; }

        public string? Name { get; }

        public InitialJourney Journey { get; }

        public List<ReferralToLog> NewReferrals { get; }
    }
}
