using System.Linq;
using CrmJourney.Domain.Rules.Validation;
using CrmJourney.Plugins.Mapping;
using CrmJourney.Plugins.Registration;
using Microsoft.Xrm.Sdk;
using RuleTable = CrmJourney.Plugins.Schema.NurtureRule;

namespace CrmJourney.Plugins.Rules;

/// <summary>
/// Refuses to save a nurture rule that <see cref="NurtureRuleValidator"/> rejects, listing every
/// problem at once — each with the column to correct and how — so sales ops fix the rule in one pass
/// instead of one error per save. On Update the rule is the changed columns over the stored ones (the
/// pre-image). Pre-validation: a refused rule costs no transaction.
/// </summary>
[PluginStep(MessageNames.Create, RuleTable.LogicalName, PipelineStage.PreValidation, Id = "1a067b02-0722-4bda-a779-e052414c075b",
    Description = "Refuses a new nurture rule with invalid settings, naming every field to fix.")]
[PluginStep(MessageNames.Update, RuleTable.LogicalName, PipelineStage.PreValidation, Id = "f9aeb878-737c-452f-a02a-1aea606cd1c8",
    FilteringAttributes = EditableColumns, PreImageAttributes = EditableColumns + "," + RuleTable.Columns.StateCode,
    Description = "Refuses a change that leaves a nurture rule invalid, naming every field to fix.")]
public sealed class NurtureRuleValidationPlugin : PluginBase
{
    // statecode is not among them: deactivating a rule must always be possible, even an invalid one.
    private const string EditableColumns =
        RuleTable.Columns.Name + "," + RuleTable.Columns.RuleType + "," + RuleTable.Columns.Stages + "," + RuleTable.Columns.Tiers + ","
        + RuleTable.Columns.ThresholdDays + "," + RuleTable.Columns.MinimumCompletedEngagements + "," + RuleTable.Columns.CooldownDays + ","
        + RuleTable.Columns.DueInDays + "," + RuleTable.Columns.AssigneeType + "," + RuleTable.Columns.AssigneeUserId + "," + RuleTable.Columns.AssigneeTeamId + ","
        + RuleTable.Columns.TaskSubject + "," + RuleTable.Columns.TaskDescription + "," + RuleTable.Columns.Priority + ","
        + RuleTable.Columns.ConditionsJson + "," + RuleTable.Columns.SendEmail;

    /// <summary>Dataverse's constructor; the steps take no configuration.</summary>
    public NurtureRuleValidationPlugin(string? unsecureConfiguration, string? secureConfiguration)
        : base(unsecureConfiguration, secureConfiguration)
    {
    }

    /// <inheritdoc />
    protected override void ExecuteCore(ILocalPluginContext context)
    {
        var execution = context.PluginExecutionContext;
        var rule = PluginContextReader.Merge(PluginContextReader.PreImage(execution), PluginContextReader.TargetEntity(execution)!);
        var result = NurtureRuleValidator.Validate(RuleRecordReader.ToDraft(rule, execution.PrimaryEntityId));
        if (!result.IsValid)
        {
            throw new InvalidPluginExecutionException(
                $"The nurture rule \"{rule.GetAttributeValue<string>(RuleTable.Columns.Name)}\" cannot be saved; fix these {result.Problems.Count} problem(s):"
                + string.Concat(result.Problems.Select(p => "\n- " + NurtureRuleMapper.ColumnOf(p.Field) + " (" + p.Field + "): " + p.Message)));
        }

        context.Trace($"The nurture rule \"{result.Rule!.Name}\" is valid.");
    }
}
