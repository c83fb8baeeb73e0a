using System;
using System.Collections.Generic;
using System.Linq;
using CrmJourney.Domain.Journey;
using CrmJourney.Domain.Templates;
using CrmJourney.Domain.Time;

namespace CrmJourney.Domain.Rules.Evaluators;

/// <summary>
/// Partner digest: groups the accounts the other rules flagged by recipient (the digest rule's
/// assignee resolved per account: normally the relationship partner, the account owner when there is
/// none) and builds one digest per recipient, listing each account once with all its reasons.
/// </summary>
/// <remarks>
/// Detractors and accounts outside the digest rule's tiers are left out. A recipient whose previous
/// digest from this rule is less than max(cooldownDays, 1) days old is skipped (window: as-of date +
/// recipient id). Accounts that fell back to the owner carry the fallback note as an extra reason line.
/// Subject and description use {partner.name} (the recipient's name), {rule.name} and {accounts.count}.
/// </remarks>
public static class PartnerDigestBuilder
{
    /// <summary>Builds the digests of <paramref name="rule"/> (a PartnerDigest rule) from <paramref name="flagged"/>.</summary>
    public static PartnerDigestResult Build(NurtureRule rule, IEnumerable<FlaggedAccount> flagged, EvaluationContext context)
    {
        RuleFiring.EnsureType(rule, NurtureRuleType.PartnerDigest);
        if (flagged is null)
        {
            throw new ArgumentNullException(nameof(flagged));
        }

        if (context is null)
        {
            throw new ArgumentNullException(nameof(context));
        }

        var groups = flagged
            .Where(f => f.Account.Sentiment != FormerSentiment.Detractor && rule.WatchesTier(f.Account.Tier))
            .Select(f => new { Flag = f, Assignee = AssigneeResolver.Resolve(rule, f.Account) })
            .GroupBy(x => x.Assignee.Principal.Id)
            .Select(g => g.ToList())
            .OrderBy(g => g[0].Assignee.Principal.Name ?? string.Empty, StringComparer.OrdinalIgnoreCase)
            .ThenBy(g => g[0].Assignee.Principal.Id)
            .ToList();

        var digests = new List<PartnerDigest>();
        var skipped = new List<RuleOutcome>();
        foreach (var group in groups)
        {
            var recipient = group[0].Assignee.Principal;
            var blocked = CheckPriorDigest(rule, recipient, context);
            if (blocked is not null)
            {
                skipped.Add(blocked);
                continue;
            }

            var entries = group
                .GroupBy(x => x.Flag.Account.AccountId)
                .Select(accountFlags => new DigestEntry(
                    accountFlags.Key,
                    accountFlags.First().Flag.Account.Name,
                    accountFlags.Select(x => $"{x.Flag.RuleName}: {x.Flag.Reason}")
                        .Concat(accountFlags.Select(x => x.Assignee.FallbackNote).Where(n => n is not null).Select(n => "Note: " + n).Take(1))
                        .Distinct(StringComparer.Ordinal)
                        .ToList()))
                .OrderBy(e => e.AccountName, StringComparer.OrdinalIgnoreCase)
                .ThenBy(e => e.AccountId)
                .ToList();
            var values = TemplateValues.Empty
                .With(NurturePlaceholders.PartnerName, TemplateFormat.Text(recipient.Name))
                .With(NurturePlaceholders.RuleName, rule.Name)
                .With(NurturePlaceholders.AccountsCount, TemplateFormat.Number(entries.Count));
            digests.Add(new PartnerDigest(
                key: new NurtureDedupeKey(rule.Id, null, NurtureDedupeKey.DigestWindow(context.AsOf, recipient.Id)),
                recipient: recipient,
                subject: rule.Subject.Render(values),
                intro: rule.Description.Render(values),
                entries: entries,
                sendEmail: rule.SendEmail));
        }

        return new PartnerDigestResult(digests, skipped);
    }

    private static RuleOutcome? CheckPriorDigest(NurtureRule rule, PrincipalRef recipient, EvaluationContext context)
    {
        var latest = context.PriorFirings
            .Where(f => f.RuleId == rule.Id && f.AccountId is null && f.AssignedToId == recipient.Id && f.FiredOn.Date <= context.AsOf.Date)
            .OrderByDescending(f => f.FiredOn)
            .FirstOrDefault();
        var blockingDays = Math.Max(rule.CooldownDays, 1);
        if (latest is null || WholeDays.Signed(latest.FiredOn, context.AsOf) >= blockingDays)
        {
            return null;
        }

        return RuleOutcome.Skipped(
            RuleOutcomeKind.SkippedForCooldown,
            $"{TemplateFormat.Text(recipient.Name)} was sent a digest on {TemplateFormat.Date(latest.FiredOn)}; the next is due on {TemplateFormat.Date(latest.FiredOn.Date.AddDays(blockingDays))}",
            new NurtureDedupeKey(rule.Id, null, latest.Window));
    }
}
