using System;
using System.CommandLine;
using System.Globalization;
using System.Linq;
using CrmJourney.Cli.Organization;
using CrmJourney.Cli.Rules;
using CrmJourney.Domain.Rules.Evaluators;
using CrmJourney.Domain.Time;
using CrmJourney.Plugins.Journey;

namespace CrmJourney.Cli.Commands.Rules;

/// <summary>
/// <c>cjp rules preview --data DIR --rules FILE [--as-of DATE]</c>: what each rule (active or not) would
/// do on that date, per partner, with the reason of every firing; the data folder is only read.
/// </summary>
public sealed class RulesPreviewCommand : ICliCommand
{
    /// <inheritdoc />
    public Command Build(CliContext context)
    {
        var data = CommonOptions.Data();
        var rules = new Option<string>("--rules") { Description = "The rule-set JSON file to preview.", Required = true };
        var asOf = CommonOptions.AsOf();
        var command = new Command(
            "preview",
            """
            Show what each rule in FILE would do as of a date — which accounts it would flag, for which partner,
            and why — on a data folder. Inactive rules are previewed too. Writes nothing.

            Examples:
              cjp rules preview --data out/demo/data --rules tools/CrmJourney.Cli/rules.default.json
              cjp rules preview --data out/demo/data --rules my-rules.json --as-of 2026-06-30
            """);
        command.Options.Add(data);
        command.Options.Add(rules);
        command.Options.Add(asOf);
        command.SetAction(parseResult =>
        {
            var rulesGiven = parseResult.GetRequiredValue(rules);
            var ruleSet = RuleSetFile.Load(context.FullPath(rulesGiven), rulesGiven, context.Error.Line);
            var when = CommonOptions.ParseAsOf(parseResult.GetValue(asOf)) ?? DateTime.UtcNow.Date;
            var dataGiven = parseResult.GetRequiredValue(data);
            var organization = JourneyOrganization.Create(new FixedClock(when));
            DataFolder.Load(organization, context.FullPath(dataGiven), dataGiven, context.Error.Line);
            var (candidates, catalogue, affinity) = CandidateReader.Read(organization, when);
            var evaluation = NurtureSweepEvaluator.Evaluate(ruleSet.Rules.Select(r => r.ToDraft()), candidates, new EvaluationContext(new FixedClock(when), catalogue, Array.Empty<PriorFiring>()) { Affinity = affinity });
            var names = candidates.ToDictionary(c => c.AccountId, c => c.Name);
            context.Out.Line(string.Create(CultureInfo.InvariantCulture, $"Preview as of {when:yyyy-MM-dd} on {candidates.Count} accounts (nothing is written):"));
            foreach (var rule in ruleSet.Rules)
            {
                var fired = evaluation.Outcomes.Where(o => o.RuleId == rule.Id && o.Outcome.Action != null).Select(o => o.Outcome.Action!).ToList();
                context.Out.Line(string.Create(CultureInfo.InvariantCulture, $"{rule.Name} ({rule.Type}{(rule.Active ? string.Empty : ", inactive")}): {fired.Count} firing{(fired.Count == 1 ? string.Empty : "s")}"));
                foreach (var partner in fired.GroupBy(a => a.Assignee.Name ?? a.Assignee.Id.ToString("D")).OrderBy(g => g.Key, StringComparer.Ordinal))
                {
                    context.Out.Line(string.Create(CultureInfo.InvariantCulture, $"  {partner.Key}: {partner.Count()}"));
                    foreach (var action in partner)
                    {
                        context.Out.Line($"    {names[action.AccountId]}: {action.Reason}");
                    }
                }
            }

            foreach (var digest in evaluation.Digests.SelectMany(d => d.Digests))
            {
                context.Out.Line(string.Create(CultureInfo.InvariantCulture, $"Digest for {digest.Recipient.Name ?? digest.Recipient.Id.ToString("D")}: {digest.Entries.Count} flagged accounts — \"{digest.Subject}\""));
            }

            // Not bad input: the preview covers every account a rule can see; the warning says which ones it cannot.
            if (AccountsWithoutStageQuery.Count(organization, maxPages: int.MaxValue).Sentence(dataGiven) is { } unstaged)
            {
                context.Error.Warning(unstaged);
            }

            return ExitCodes.Success;
        });
        return command;
    }
}
