using System;
using System.Collections.Generic;
using System.Linq;
using CrmJourney.Domain.Rules;

namespace CrmJourney.Solution.App;

/// <summary>
/// The sections of the nurture rule form that only some rule types use, and which types show each.
/// The form script (<see cref="ScriptName"/>) shows a rule-type section only for the types listed here
/// and hides it for the others, so sales ops see only the fields the chosen type uses. The lists come
/// from <see cref="RuleTypeRequirements"/>, the same table the rule validator enforces, so the form
/// never offers a field the validator would refuse.
/// </summary>
public static class NurtureRuleFormSections
{
    /// <summary>The form script's web resource.</summary>
    public const string ScriptName = "cjp_/scripts/nurtureruleform.js";

    /// <summary>Called when the form loads: shows the sections of the rule's type.</summary>
    public const string OnLoad = "CrmJourney.NurtureRuleForm.onLoad";

    /// <summary>Called when the rule type changes: shows the sections of the new type.</summary>
    public const string OnRuleTypeChange = "CrmJourney.NurtureRuleForm.onRuleTypeChange";

    /// <summary>The stages watched (Quiet, Pigeonholed).</summary>
    public const string Stages = "rule_stages";

    /// <summary>The threshold in days (Quiet, Advocate check-in).</summary>
    public const string Threshold = "rule_threshold";

    /// <summary>The minimum completed engagements (Pigeonholed).</summary>
    public const string MinimumEngagements = "rule_minimumengagements";

    /// <summary>Send the digest or leave it as a draft (Partner digest).</summary>
    public const string Email = "rule_email";

    /// <summary>For each type-dependent section, the rule types (choice values of cjp_nurtureruletype) that show it.</summary>
    public static IReadOnlyDictionary<string, IReadOnlyList<int>> ShownFor { get; } = new Dictionary<string, IReadOnlyList<int>>(StringComparer.Ordinal)
    {
        [Stages] = Types(r => r.UsesStages),
        [Threshold] = Types(r => r.UsesThreshold),
        [MinimumEngagements] = Types(r => r.UsesMinimumCompletedEngagements),
        [Email] = Types(r => r.UsesSendEmail),
    };

    private static int[] Types(Func<RuleTypeRequirements, bool> uses) =>
        Enum.GetValues<NurtureRuleType>()
            .Where(t => uses(RuleTypeRequirements.For(t)))
            .Select(t => CrmJourney.Plugins.Schema.Choices.OptionValueBase + (int)t)
            .ToArray();
}
