using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using CrmJourney.Domain.Engagements;
using CrmJourney.Domain.Journey;
using CrmJourney.Domain.Metrics;
using CrmJourney.Domain.Rules;
using CrmJourney.Domain.Rules.Evaluators;
using CrmJourney.Domain.Rules.Validation;
using CrmJourney.Domain.Time;
using CrmJourney.Plugins.Journey;
using Microsoft.Xrm.Sdk;
using AccountTable = CrmJourney.Plugins.Schema.Account;
using EngagementTable = CrmJourney.Plugins.Schema.Engagement;
using NurtureLogTable = CrmJourney.Plugins.Schema.NurtureLog;
using ServiceLineTable = CrmJourney.Plugins.Schema.ServiceLine;
using StageTransitionTable = CrmJourney.Plugins.Schema.StageTransition;
using SystemUserTable = CrmJourney.Plugins.Schema.SystemUser;
using TaskTable = CrmJourney.Plugins.Schema.Task;

namespace CrmJourney.Plugins.Sweep;

/// <summary>
/// The nurture sweep (DESIGN §5), usable from the cjp_RunNurtureSweep custom API or from any client with
/// any <see cref="IOrganizationService"/>. One call of <see cref="Run"/>:
/// <list type="number">
/// <item>loads the active rules (one query) and validates them — an invalid rule is skipped and reported,
/// never fatal — the service-line catalogue (one query) and, for a Pigeonholed rule, the service-line
/// affinity (the first call only: one request per 5,000 bought engagements; later calls take it from
/// the token);</item>
/// <item>pages through active accounts in the stages the rules watch (plus Between engagements for
/// dormancy), reading each page's logs, open nurture tasks, bought engagements and users with one
/// query each;</item>
/// <item>moves dormant between-engagements accounts to Former client: UpdateMultiple of the stage with
/// the engagement counters (the shape the account's manual-stage step recognises as the product's own
/// write, so it neither refuses nor logs it) and CreateMultiple of their one cjp_stagetransition row
/// each, trigger Dormancy;</item>
/// <item>evaluates the account rules (<see cref="NurtureSweepEvaluator"/>), writes the cjp_nurturelog rows
/// first (the alternate key rule + account + window makes retries and concurrent sweeps record a firing
/// once), then the tasks, then links each log to its task;</item>
/// <item>after the last page, builds one digest per recipient per Partner digest rule, logs it (a digest
/// has no account, so only the cjp_dedupekey alternate key makes a concurrent sweep's second log fail),
/// creates the email for the logs this sweep created and sends it or leaves it as a draft.</item>
/// </list>
/// It stops at a page boundary before the time budget runs out and returns a continuation token; the
/// call that finishes a resumed sweep gives the same rows and totals as one uninterrupted run. A dry
/// run does every read and decision and no write. Instances are cheap: make one per run, don't share.
/// </summary>
/// <example>
/// <code>
/// var sweep = new NurtureSweep(service, new FixedClock(asOf), Console.WriteLine, NurtureSweepOptions.Default with { DryRun = true });
/// string? token = null;
/// do
/// {
///     var result = sweep.Run(token);
///     Console.WriteLine(result.Summary.ToJson());
///     token = result.ContinuationToken;
/// }
/// while (token is not null);
/// </code>
/// </example>
public sealed class NurtureSweep
{
    private readonly IOrganizationService _service;
    private readonly IClock _clock;
    private readonly Action<string> _trace;
    private readonly NurtureSweepOptions _options;
    private readonly ISweepStopwatch _stopwatch;

    /// <summary>Creates a sweep over <paramref name="service"/>; "now" (the default as-of) comes from <paramref name="clock"/>.</summary>
    public NurtureSweep(IOrganizationService service, IClock clock, Action<string> trace, NurtureSweepOptions options, ISweepStopwatch? stopwatch = null)
    {
        _service = service ?? throw new ArgumentNullException(nameof(service));
        _clock = clock ?? throw new ArgumentNullException(nameof(clock));
        _trace = trace ?? throw new ArgumentNullException(nameof(trace));
        _options = options ?? throw new ArgumentNullException(nameof(options));
        _stopwatch = stopwatch ?? new SystemSweepStopwatch();
    }

    /// <summary>
    /// Runs the sweep from the start (<paramref name="continuationToken"/> null or blank) or from where
    /// the token says. A token carries its own as-of instant, rule filter and dry-run flag; options that
    /// contradict it, and tokens that were altered or come from elsewhere, are refused with
    /// <see cref="InvalidPluginExecutionException"/>.
    /// </summary>
    public NurtureSweepResult Run(string? continuationToken = null)
    {
        _stopwatch.Restart();
        var counting = new CountingOrganizationService(_service);
        var state = StartOrResume(continuationToken);
        var run = new SweepRun(this, state, new SweepQueries(counting), new SweepWriter(counting), counting);
        _trace($"Nurture sweep as of {state.AsOf.ToString("o", CultureInfo.InvariantCulture)}, page {state.NextPage.ToString(CultureInfo.InvariantCulture)}{(state.DryRun ? ", dry run" : string.Empty)}.");
        var completed = run.Execute();
        var summary = new NurtureSweepSummary(state, run.RuleCounts(), run.InvalidRules, run.Firings, counting.Requests, completed);
        _trace($"Nurture sweep {(completed ? "completed" : "paused")} after {state.PagesDone.ToString(CultureInfo.InvariantCulture)} pages and {counting.Requests.ToString(CultureInfo.InvariantCulture)} requests.");
        return new NurtureSweepResult(summary, completed ? null : ContinuationTokenCodec.Encode(state), completed);
    }

    private SweepState StartOrResume(string? token)
    {
        if (string.IsNullOrWhiteSpace(token))
        {
            var now = _clock.UtcNow;
            return SweepState.Start(now.Kind == DateTimeKind.Utc ? now : DateTime.SpecifyKind(now, DateTimeKind.Utc), _options.RuleId, _options.DryRun);
        }

        var state = ContinuationTokenCodec.Decode(token!);
        if (state.DryRun != _options.DryRun || state.RuleId != _options.RuleId)
        {
            throw new InvalidPluginExecutionException(
                $"The continuation token belongs to a sweep with DryRun {state.DryRun} and RuleId {state.RuleId?.ToString("D", CultureInfo.InvariantCulture) ?? "(all rules)"}; "
                + "continue it with the same DryRun and RuleId, or start a new sweep without a token.");
        }

        return state;
    }

    /// <summary>One call's work; holds the mutable bookkeeping so the sweep object itself stays immutable.</summary>
    private sealed class SweepRun
    {
        private readonly NurtureSweep _sweep;
        private readonly SweepState _state;
        private readonly SweepQueries _queries;
        private readonly SweepWriter _writer;
        private readonly CountingOrganizationService _counting;
        private readonly IClock _asOf;
        private readonly List<InvalidRule> _invalid = new();
        private readonly List<AccountRule> _accountRules = new();
        private readonly List<NurtureRule> _digestRules = new();
        private readonly List<NurtureRule> _allValid = new();
        private readonly List<PlannedFiring> _firings = new();
        private readonly List<FlaggedAccount> _flags = new();
        private readonly HashSet<Guid> _accountsThisCall = new();
        private Dictionary<Guid, ServiceLine> _serviceLines = new();
        private List<ServiceLine> _catalogue = new();

        public SweepRun(NurtureSweep sweep, SweepState state, SweepQueries queries, SweepWriter writer, CountingOrganizationService counting)
        {
            _counting = counting;
            _sweep = sweep;
            _state = state;
            _queries = queries;
            _writer = writer;
            _asOf = new FixedClock(state.AsOf);
        }

        public IReadOnlyList<InvalidRule> InvalidRules => _invalid;

        public IReadOnlyList<PlannedFiring> Firings => _firings;

        private bool MovesDormant => _state.RuleId is null;

        private bool Writes => !_state.DryRun;

        public IReadOnlyList<RuleFiringCount> RuleCounts() =>
            _allValid.Select(r => new RuleFiringCount(r.Id, r.Name, r.Type, _state.Totals.FiredByRule.TryGetValue(r.Id, out var n) ? n : 0)).ToList();

        public bool Execute()
        {
            LoadRules();
            LoadCatalogue();
            CountAccountsWithoutStage();
            LoadAffinity();
            var stages = WatchedStages();
            var options = _sweep._options;
            var smallest = Math.Min(NurtureSweepOptions.MinimumPageSize, options.PageSize);
            var pageStart = _sweep._stopwatch.Elapsed;
            var size = FirstPageSize(pageStart, smallest);
            var slowestPerAccount = TimeSpan.Zero;
            var accountsThisCall = 0;
            while (stages.Count > 0)
            {
                _writer.SizeBatchesFor(size);
                var page = _queries.AccountPage(stages, _state.NextPage, _state.PagingCookie, size);
                ProcessPage(page.Rows);

                // A resumed call that starts past the last page (its predecessor left the digests to it) reads one
                // empty page, which is not a page of the sweep.
                if (page.Rows.Count > 0 || _state.PagesDone == 0)
                {
                    _state.PagesDone++;
                }

                _state.NextPage++;
                _state.PagingCookie = page.PagingCookie ?? _state.PagingCookie;
                accountsThisCall += page.Rows.Count;
                var elapsed = _sweep._stopwatch.Elapsed;
                if (page.Rows.Count > 0)
                {
                    var perAccount = TimeSpan.FromTicks((elapsed - pageStart).Ticks / page.Rows.Count);
                    slowestPerAccount = perAccount > slowestPerAccount ? perAccount : slowestPerAccount;
                }

                if (!page.MoreRecords)
                {
                    // The digests of a resumed sweep re-read every account it flagged, so they get a call of their
                    // own rather than whatever the pages left of this one.
                    if (_digestRules.Count > 0 && accountsThisCall > 0 && elapsed.Ticks * 2 >= options.TimeBudget.Ticks)
                    {
                        Pause($"Time budget: {Seconds(elapsed)} used by the pages; the digests run in the next call.");
                        return false;
                    }

                    break;
                }

                size = PlannedPageSize(elapsed, slowestPerAccount);
                if (size < smallest)
                {
                    Pause($"Time budget: {Seconds(elapsed)} used, {Seconds(slowestPerAccount)} per account at the slowest; not even {smallest.ToString(CultureInfo.InvariantCulture)} accounts fit, pausing before page {_state.NextPage.ToString(CultureInfo.InvariantCulture)}.");
                    return false;
                }

                pageStart = elapsed;
            }

            _writer.SizeBatchesFor(NurtureSweepOptions.MaxPageSize);
            BuildDigests();
            return true;
        }

        /// <summary>
        /// The first page, before any account has been timed: as many accounts as fit in half the time left if an
        /// account cost what one setup request (the rules and catalogue queries) did. In Dataverse a request costs
        /// more than an account's share of the set-based reads and bulk writes, so this errs small; where requests
        /// are nearly free (LocalOrg without a cost model) it is the largest page.
        /// </summary>
        private int FirstPageSize(TimeSpan setupTime, int smallest)
        {
            var perRequest = TimeSpan.FromTicks(setupTime.Ticks / Math.Max(1, _counting.Requests));
            return Math.Max(smallest, PlannedPageSize(setupTime, perRequest));
        }

        /// <summary>
        /// The accounts that fit in half the time left at <paramref name="perAccount"/>, at most the page size: a
        /// page twice as slow per account as the slowest so far still ends within the budget.
        /// </summary>
        private int PlannedPageSize(TimeSpan elapsed, TimeSpan perAccount)
        {
            var left = _sweep._options.TimeBudget - elapsed;
            if (left <= TimeSpan.Zero)
            {
                return 0;
            }

            if (perAccount <= TimeSpan.Zero)
            {
                return _sweep._options.PageSize;
            }

            var fits = left.Ticks / 2 / perAccount.Ticks;
            return (int)Math.Min(_sweep._options.PageSize, fits);
        }

        private void Pause(string reason) => _sweep._trace(reason);

        private static string Seconds(TimeSpan time) => time.TotalSeconds.ToString("0.0##", CultureInfo.InvariantCulture) + " s";

        private void LoadRules()
        {
            // A dry run of one rule is the rule form's Preview: it must work before the rule is activated.
            foreach (var row in _queries.ActiveRules(_state.RuleId, evenIfInactive: _state.DryRun))
            {
                var problems = new List<RuleProblem>();
                var draft = SweepMapper.ToDraft(row, problems);
                var result = NurtureRuleValidator.Validate(draft);
                if (problems.Count > 0 || result.Rule is null)
                {
                    _invalid.Add(new InvalidRule(draft.Id, draft.Name, problems.Concat(result.Problems).ToList()));
                    _sweep._trace($"Rule \"{draft.Name}\" skipped: {string.Join("; ", problems.Concat(result.Problems))}");
                    continue;
                }

                _allValid.Add(result.Rule);
                if (NurtureRuleEvaluator.SweepTypes.Contains(result.Rule.Type))
                {
                    _accountRules.Add(new AccountRule(draft, result.Rule));
                }
                else if (result.Rule.Type == NurtureRuleType.PartnerDigest)
                {
                    _digestRules.Add(result.Rule);
                }
            }
        }

        /// <summary>
        /// The active accounts no rule can see because they have no stage yet, counted by the first call only (a
        /// resumed sweep carries the count in its token): one request, a page of ids, whatever the organization's size.
        /// </summary>
        private void CountAccountsWithoutStage()
        {
            if (_state.PagesDone == 0)
            {
                _state.Totals.AccountsWithoutStage = AccountsWithoutStageQuery.Count(_counting, maxPages: 1);
            }
        }

        private void LoadCatalogue()
        {
            var rows = _queries.ServiceLines();
            _serviceLines = rows.Select(r => new { Row = r, Line = SweepMapper.ToServiceLine(r) }).Where(x => x.Line is not null).ToDictionary(x => x.Row.Id, x => x.Line!);
            _catalogue = rows
                .Where(r => r.GetAttributeValue<OptionSetValue>(ServiceLineTable.Columns.StateCode)?.Value is null or SweepValues.ActiveOrOpenState)
                .Where(r => _serviceLines.ContainsKey(r.Id))
                .Select(r => _serviceLines[r.Id])
                .ToList();
        }

        /// <summary>
        /// The service-line affinity (the Pigeonholed rule's evidence for what to introduce), read once per sweep
        /// by its first call from every bought engagement, page by page — requests grow with engagement pages,
        /// not accounts — and carried in the continuation token, so a resumed sweep suggests from the same
        /// figures. Not read when no Pigeonholed rule runs.
        /// </summary>
        private void LoadAffinity()
        {
            if (_state.Affinity is not null || !_accountRules.Any(r => r.Rule.Type == NurtureRuleType.Pigeonholed))
            {
                return;
            }

            var linesByClient = new Dictionary<Guid, List<Guid>>();
            _queries.ForEachBoughtEngagementPage(page =>
            {
                foreach (var engagement in page)
                {
                    var status = engagement.GetAttributeValue<OptionSetValue>(EngagementTable.Columns.Status);
                    var line = engagement.GetAttributeValue<EntityReference>(EngagementTable.Columns.ServiceLineId)?.Id;
                    var account = engagement.GetAttributeValue<EntityReference>(EngagementTable.Columns.AccountId)?.Id;
                    if (status is null || line is not Guid lineId || account is not Guid accountId
                        || !ClientDefinitions.Bought((EngagementStatus)(status.Value - Schema.Choices.OptionValueBase), engagement.GetAttributeValue<DateTime?>(EngagementTable.Columns.StartedOn), _state.AsOf))
                    {
                        continue;
                    }

                    if (!linesByClient.TryGetValue(accountId, out var lines))
                    {
                        linesByClient[accountId] = lines = new List<Guid>(1);
                    }

                    if (!lines.Contains(lineId))
                    {
                        lines.Add(lineId);
                    }
                }
            });
            _state.Affinity = ServiceLineAffinity.FromClients(linesByClient.Values);
        }

        /// <summary>The stages whose accounts can fire a rule, plus Between engagements when dormancy runs.</summary>
        private IReadOnlyCollection<JourneyStage> WatchedStages()
        {
            var stages = new SortedSet<JourneyStage>();
            foreach (var (_, rule) in _accountRules)
            {
                switch (rule.Type)
                {
                    case NurtureRuleType.AdvocateCheckIn:
                        stages.Add(JourneyStage.FormerClient);
                        break;
                    case NurtureRuleType.NotNowRevisit:
                        stages.Add(JourneyStage.Prospect);
                        break;
                    default:
                        stages.UnionWith(rule.Stages);
                        break;
                }
            }

            if (MovesDormant)
            {
                stages.Add(JourneyStage.BetweenEngagements);
            }

            return stages;
        }

        private bool NeedsEngagements =>
            _accountRules.Any(r => r.Rule.Type == NurtureRuleType.Pigeonholed || r.Rule.AssigneeType == AssigneeType.EngagementPartner || r.Rule.Conditions.ServiceLineCodes.Count > 0)
            || _digestRules.Any(r => r.AssigneeType == AssigneeType.EngagementPartner);

        private void ProcessPage(IReadOnlyList<Entity> rows)
        {
            var ids = rows.Select(r => r.Id).ToList();
            _accountsThisCall.UnionWith(ids);
            var pageFacts = ReadFacts(rows);

            // Dormancy first, so the rules see each account in the stage it ends the sweep in.
            var states = rows.ToDictionary(r => r.Id, r => SweepMapper.ToState(r, _state.AsOf));
            var moves = new List<Entity>();
            var history = new List<Entity>();
            if (MovesDormant)
            {
                foreach (var row in rows)
                {
                    var facts = SweepMapper.ToFacts(row);
                    var step = _sweep._options.Dormancy.Sweep(states[row.Id], facts, _asOf);
                    if (step.Transition is { } transition)
                    {
                        states[row.Id] = step.State;
                        moves.Add(SweepWriter.StageUpdate(row.Id, step.State, facts));
                        history.Add(SweepWriter.TransitionRow(transition));
                    }
                }
            }

            var candidates = rows.Select(r => SweepMapper.ToCandidate(r, states[r.Id], pageFacts)).ToList();
            var ruleIds = _accountRules.Select(r => r.Rule.Id).ToList();
            var logs = _queries.Logs(ids, ruleIds);
            var openTasks = _queries.OpenNurtureTaskIds(ids, ruleIds);
            var context = new EvaluationContext(_asOf, _catalogue, logs.Select(l => SweepMapper.ToPriorFiring(l, openTasks)))
            {
                Affinity = _state.Affinity ?? ServiceLineAffinity.Empty,
            };
            var evaluation = NurtureSweepEvaluator.Evaluate(_accountRules.Select(r => r.Draft), candidates, context);

            _state.Totals.EvaluatedAccounts += rows.Count;
            _state.Totals.Transitions += moves.Count;
            var fired = Tally(evaluation.Outcomes, candidates);
            if (Writes)
            {
                _writer.UpdateAll(AccountTable.LogicalName, moves);
                _writer.CreateAll(StageTransitionTable.LogicalName, history);
                fired = WriteFirings(fired, ids, ruleIds);
            }

            foreach (var (rule, candidate, action) in fired)
            {
                _state.Totals.CountFired(rule.Id);
                _flags.Add(FlaggedAccount.FromAction(rule, candidate, action));
                List(new PlannedFiring(rule.Name, candidate.AccountId, candidate.Name, action.Subject, action.Assignee.Id, action.DueOn, action.Reason));
            }
        }

        private PageFacts ReadFacts(IReadOnlyList<Entity> rows)
        {
            var engagements = NeedsEngagements
                ? _queries.BoughtEngagements(rows
                    .Where(r => (r.GetAttributeValue<int?>(AccountTable.Columns.CompletedEngagementCount) ?? 0) > 0 || (r.GetAttributeValue<int?>(AccountTable.Columns.ActiveEngagementCount) ?? 0) > 0)
                    .Select(r => r.Id)
                    .ToList())
                : Array.Empty<Entity>();
            var userIds = rows
                .Select(r => r.GetAttributeValue<EntityReference>(AccountTable.Columns.RelationshipPartnerId)?.Id)
                .Concat(rows.Select(r => r.GetAttributeValue<EntityReference>(AccountTable.Columns.OwnerId)).Where(o => o?.LogicalName == SystemUserTable.LogicalName).Select(o => o?.Id))
                .OfType<Guid>()
                .Concat(PageFacts.EngagementPartnerIds(engagements))
                .Distinct()
                .ToList();
            return new PageFacts(engagements, _serviceLines, _queries.UserNames(userIds), _state.AsOf);
        }

        private List<FiredRule> Tally(IReadOnlyList<CandidateOutcome> outcomes, IReadOnlyList<NurtureCandidate> candidates)
        {
            var rules = _accountRules.ToDictionary(r => r.Rule.Id, r => r.Rule);
            var accounts = candidates.ToDictionary(c => c.AccountId);
            var fired = new List<FiredRule>();
            foreach (var outcome in outcomes)
            {
                switch (outcome.Outcome.Kind)
                {
                    case RuleOutcomeKind.Fired:
                        fired.Add(new FiredRule(rules[outcome.RuleId], accounts[outcome.AccountId], outcome.Outcome.Action!));
                        break;
                    case RuleOutcomeKind.SkippedForCooldown:
                        _state.Totals.SkippedForCooldown++;
                        break;
                    case RuleOutcomeKind.SkippedOpenTask:
                        _state.Totals.SkippedOpenTask++;
                        break;
                    case RuleOutcomeKind.SkippedAlreadyFired:
                        _state.Totals.SkippedAlreadyFired++;
                        break;
                    case RuleOutcomeKind.SkippedDetractor:
                        _state.Totals.SkippedDetractors++;
                        break;
                }
            }

            return fired;
        }

        /// <summary>Logs first (claiming the keys), then tasks for the logs this sweep created, then the links.</summary>
        private List<FiredRule> WriteFirings(
            List<FiredRule> fired, IReadOnlyCollection<Guid> accountIds, IReadOnlyCollection<Guid> ruleIds)
        {
            var logs = fired.Select(f => new KeyedLog(f.Action.Key.ToString(), SweepMapper.ToLog(f.Action, f.Rule.Name, f.Candidate.Name))).ToList();
            var created = _writer.CreateLogs(logs, _sweep._options.RecoverFromDuplicateKeys, () => new HashSet<string>(_queries.Logs(accountIds, ruleIds).Select(SweepMapper.KeyOf), StringComparer.Ordinal));
            var mine = fired.Where(f => created.ContainsKey(f.Action.Key.ToString())).ToList();
            _state.Totals.SkippedConcurrent += fired.Count - mine.Count;
            _state.Totals.LogsCreated += created.Count;

            var taskIds = _writer.CreateAll(TaskTable.LogicalName, mine.Select(f => SweepMapper.ToTask(f.Action)).ToList());
            _state.Totals.TasksCreated += taskIds.Count;
            _writer.UpdateAll(NurtureLogTable.LogicalName, mine.Select((f, i) => SweepWriter.TaskLink(created[f.Action.Key.ToString()], taskIds[i])).ToList());
            return mine;
        }

        private void BuildDigests()
        {
            if (_digestRules.Count == 0)
            {
                return;
            }

            var flags = Writes && _state.PagesDoneBefore > 0 ? FlagsOfEarlierCalls().Concat(_flags).ToList() : _flags;
            var since = _state.AsOf.Date.AddDays(-Math.Max(1, _digestRules.Max(r => r.CooldownDays)));
            var prior = _queries.DigestLogs(_digestRules.Select(r => r.Id).ToList(), since).Select(l => SweepMapper.ToPriorFiring(l, new HashSet<Guid>()));
            var context = new EvaluationContext(_asOf, _catalogue, prior);
            foreach (var rule in _digestRules)
            {
                var result = PartnerDigestBuilder.Build(rule, flags, context);
                _state.Totals.SkippedForCooldown += result.Skipped.Count;
                var digests = Writes ? WriteDigests(rule, result.Digests) : result.Digests;
                _state.Totals.CountFired(rule.Id, digests.Count);
                foreach (var digest in digests)
                {
                    List(new PlannedFiring(rule.Name, null, digest.Entries.Count.ToString(CultureInfo.InvariantCulture), digest.Subject, digest.Recipient.Id, _state.AsOf.Date, SweepMapper.DigestReason(digest)));
                }
            }
        }

        private IReadOnlyList<PartnerDigest> WriteDigests(NurtureRule rule, IReadOnlyList<PartnerDigest> digests)
        {
            var logs = digests.Select(d => new KeyedLog(d.Key.ToString(), SweepMapper.ToLog(d, rule.Name, _state.AsOf))).ToList();
            var since = _state.AsOf.Date.AddDays(-Math.Max(1, rule.CooldownDays));
            var created = _writer.CreateLogs(logs, _sweep._options.RecoverFromDuplicateKeys, () => new HashSet<string>(_queries.DigestLogs(new[] { rule.Id }, since).Select(SweepMapper.KeyOf), StringComparer.Ordinal));
            var mine = digests.Where(d => created.ContainsKey(d.Key.ToString())).ToList();
            _state.Totals.SkippedConcurrent += digests.Count - mine.Count;
            _state.Totals.LogsCreated += created.Count;
            var links = new List<Entity>();
            var organizationUrl = mine.Count == 0 ? null : _sweep._options.OrganizationUrl ?? _queries.OrganizationUrl();
            foreach (var digest in mine)
            {
                var emailId = _writer.Create(SweepMapper.ToEmail(digest, PartnerDigestHtmlRenderer.Render(digest, organizationUrl), _sweep._options.WriteActivityParties));
                _state.Totals.DigestsCreated++;
                if (digest.SendEmail)
                {
                    _writer.Send(emailId);
                    _state.Totals.DigestsSent++;
                }

                links.Add(SweepWriter.EmailLink(created[digest.Key.ToString()], emailId));
            }

            _writer.UpdateAll(NurtureLogTable.LogicalName, links);
            return mine;
        }

        /// <summary>
        /// The flags of pages finished by earlier calls of a resumed sweep, rebuilt from the logs this sweep
        /// wrote (its window and exact as-of instant) and the accounts re-read, in rule order per account —
        /// the order an uninterrupted run flags them in — so the digests come out the same.
        /// </summary>
        private IEnumerable<FlaggedAccount> FlagsOfEarlierCalls()
        {
            var rules = _accountRules.Select((r, i) => new { r.Rule, Index = i }).ToDictionary(r => r.Rule.Id);
            var logs = _queries.LogsOfSweep(rules.Keys.ToList(), NurtureDedupeKey.DateWindow(_state.AsOf), _state.AsOf)
                .Select(l => new { RuleId = l.GetAttributeValue<EntityReference>(NurtureLogTable.Columns.NurtureRuleId)!.Id, AccountId = l.GetAttributeValue<EntityReference>(NurtureLogTable.Columns.AccountId)!.Id, Reason = l.GetAttributeValue<string?>(NurtureLogTable.Columns.Reason) })
                .Where(l => rules.ContainsKey(l.RuleId) && !_accountsThisCall.Contains(l.AccountId) && !string.IsNullOrWhiteSpace(l.Reason))
                .ToList();
            if (logs.Count == 0)
            {
                return Array.Empty<FlaggedAccount>();
            }

            var rows = _queries.AccountsById(logs.Select(l => l.AccountId).Distinct().ToList());
            var facts = ReadFacts(rows);
            var candidates = rows.ToDictionary(r => r.Id, r => SweepMapper.ToCandidate(r, SweepMapper.ToState(r, _state.AsOf), facts));
            return logs
                .Where(l => candidates.ContainsKey(l.AccountId))
                .OrderBy(l => rules[l.RuleId].Index)
                .ThenBy(l => l.AccountId)
                .Select(l => new FlaggedAccount(candidates[l.AccountId], rules[l.RuleId].Rule.Name, l.Reason!))
                .ToList();
        }

        private void List(PlannedFiring firing)
        {
            if (_firings.Count < NurtureSweepSummary.MaxListedFirings)
            {
                _firings.Add(firing);
            }
        }
    }
}
