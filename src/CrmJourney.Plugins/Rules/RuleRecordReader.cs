using System;
using CrmJourney.Domain.Rules;
using CrmJourney.Plugins.Mapping;
using Microsoft.Xrm.Sdk;

namespace CrmJourney.Plugins.Rules;

/// <summary>
/// Reads the rule being saved into a draft. A new record may not have its id yet (the platform
/// assigns it after pre-validation), so a stand-in id is used: the id check exists for rule-set
/// files, where the author must fix the id. A choice value the solution does not define means the
/// solution and the plugins disagree, and is refused with the values that are known.
/// </summary>
public static class RuleRecordReader
{
    /// <summary>The draft of <paramref name="rule"/>, whose id is <paramref name="primaryEntityId"/> when the row does not carry one.</summary>
    public static NurtureRuleDraft ToDraft(Entity rule, Guid primaryEntityId)
    {
        var id = rule.Id != Guid.Empty ? rule.Id : primaryEntityId != Guid.Empty ? primaryEntityId : Guid.NewGuid();
        try
        {
            return NurtureRuleMapper.ToDraft(rule, id);
        }
        catch (ArgumentOutOfRangeException unknownChoice)
        {
            throw new InvalidPluginExecutionException(
                "The nurture rule cannot be saved: " + DomainRefusal.Sentence(unknownChoice),
                unknownChoice);
        }
    }
}
