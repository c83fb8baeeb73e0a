using System.Collections.Generic;
using CrmJourney.Domain.Rules;
using CrmJourney.Domain.Rules.Evaluators;

namespace CrmJourney.Plugins.Referrals;

/// <summary>The active Referral-thanks rules, not yet validated, and their earlier firings for one account.</summary>
/// <param name="Drafts">The rules as stored.</param>
/// <param name="PriorFirings">Their earlier firings for the referrer account.</param>
public sealed record ThanksRules(IReadOnlyList<NurtureRuleDraft> Drafts, IReadOnlyList<PriorFiring> PriorFirings);
