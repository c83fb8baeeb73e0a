using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using CrmJourney.Domain.Accounts;
using CrmJourney.Domain.Journey;
using CrmJourney.Domain.Json;
using CrmJourney.Domain.Rules.Validation;

namespace CrmJourney.Domain.Rules.Serialization;

/// <summary>
/// Loads and saves a rule set as JSON: <c>{"rules": [ {...}, ... ]}</c>, one object per rule with the
/// camelCase fields of <see cref="NurtureRuleDraft"/> (<c>conditions</c> is a nested JSON object), enums
/// as their names ("Quiet", "BetweenEngagements", "Tier1", "RelationshipPartner"), ids as GUID strings.
/// </summary>
/// <remarks>
/// Loading never throws on bad input and reports every problem, not the first: JSON syntax errors
/// (with line and position; the position counts the characters on that line before the error), unknown fields (named), wrong value types, unknown enum names (numbers are
/// refused: write the name), duplicate rule ids, and every <see cref="NurtureRuleValidator"/> problem,
/// each under its path (<c>rules[2].thresholdDays: must be at least 1 — …</c>). When a field's value
/// has the wrong type, only that problem is reported for the field. Saving writes fields in a fixed
/// order and leaves out fields the rule does not use, so save → load gives an equal rule set.
/// </remarks>
public static class NurtureRuleSetJson
{
    private static readonly string[] _fields =
    {
        "id", "name", "type", "stages", "tiers", "thresholdDays", "minimumCompletedEngagements", "cooldownDays",
        "assigneeType", "assigneeUserId", "assigneeTeamId", "subject", "description", "dueInDays", "priority",
        "active", "sendEmail", "conditions",
    };

    /// <summary>Loads a rule set from <paramref name="json"/>.</summary>
    public static RuleSetLoadResult Load(string json)
    {
        var problems = new List<RuleProblem>();
        var root = ParseDocument(json ?? string.Empty, problems);
        if (root is null)
        {
            return new RuleSetLoadResult(null, problems);
        }

        if (root is not JsonObject document)
        {
            problems.Add(new RuleProblem("(document)", "must be a JSON object — write {\"rules\": [ ... ]}"));
            return new RuleSetLoadResult(null, problems);
        }

        foreach (var property in document.Properties.Where(p => p.Name != "rules"))
        {
            problems.Add(new RuleProblem(property.Name, "unknown field — a rule set has only \"rules\""));
        }

        if (document["rules"] is not JsonArray array)
        {
            problems.Add(new RuleProblem("rules", "must be a list of rules — write \"rules\": [ {...}, ... ]"));
            return new RuleSetLoadResult(null, problems);
        }

        var rules = new List<NurtureRule>();
        var firstIndexById = new Dictionary<Guid, int>();
        for (var i = 0; i < array.Count; i++)
        {
            var path = $"rules[{i.ToString(CultureInfo.InvariantCulture)}]";
            if (array[i] is not JsonObject ruleObject)
            {
                problems.Add(new RuleProblem(path, "must be a JSON object with the rule's fields — write { \"id\": ..., \"name\": ..., \"type\": ... }"));
                continue;
            }

            var rule = ReadRule(ruleObject, path, problems);
            if (rule is null)
            {
                continue;
            }

            if (firstIndexById.TryGetValue(rule.Id, out var first))
            {
                problems.Add(new RuleProblem(path + ".id", $"is the same as rules[{first.ToString(CultureInfo.InvariantCulture)}].id — give each rule its own id"));
                continue;
            }

            firstIndexById[rule.Id] = i;
            rules.Add(rule);
        }

        return problems.Count == 0 ? new RuleSetLoadResult(new NurtureRuleSet(rules), problems) : new RuleSetLoadResult(null, problems);
    }

    /// <summary>Saves <paramref name="ruleSet"/> as indented JSON (LF line ends).</summary>
    public static string Save(NurtureRuleSet ruleSet)
    {
        if (ruleSet is null)
        {
            throw new ArgumentNullException(nameof(ruleSet));
        }

        var document = new JsonObject { ["rules"] = new JsonArray(ruleSet.Rules.Select(r => (JsonValue)WriteRule(r.ToDraft()))) };
        return document.ToIndentedString() + "\n";
    }

    private static JsonValue? ParseDocument(string json, List<RuleProblem> problems)
    {
        try
        {
            return JsonValue.Parse(json);
        }
        catch (JsonSyntaxException ex) when (ex.AfterDocument)
        {
            problems.Add(new RuleProblem("(document)", $"has more text after the end of the document at line {ex.Line.ToString(CultureInfo.InvariantCulture)}, position {ex.Position.ToString(CultureInfo.InvariantCulture)} — remove it"));
            return null;
        }
        catch (JsonSyntaxException ex)
        {
            var field = string.IsNullOrEmpty(ex.Path) ? "(document)" : ex.Path;
            problems.Add(new RuleProblem(field, $"is not valid JSON at line {ex.Line.ToString(CultureInfo.InvariantCulture)}, position {ex.Position.ToString(CultureInfo.InvariantCulture)} ({ex.Reason}) — fix the syntax there (a missing comma, quote or brace is the usual cause)"));
            return null;
        }
    }

    private static NurtureRule? ReadRule(JsonObject json, string path, List<RuleProblem> problems)
    {
        var fieldProblems = new List<RuleProblem>();
        foreach (var property in json.Properties.Where(p => !_fields.Contains(p.Name, StringComparer.Ordinal)))
        {
            fieldProblems.Add(new RuleProblem(property.Name, $"unknown field — a rule's fields are {string.Join(", ", _fields)}"));
        }

        var reader = new FieldReader(json, fieldProblems);
        var draft = new NurtureRuleDraft
        {
            Id = reader.Guid("id") ?? Guid.Empty,
            Name = reader.String("name"),
            Type = reader.Enum<NurtureRuleType>("type"),
            Stages = reader.EnumList<JourneyStage>("stages"),
            Tiers = reader.EnumList<ClientTier>("tiers"),
            ThresholdDays = reader.Int("thresholdDays"),
            MinimumCompletedEngagements = reader.Int("minimumCompletedEngagements"),
            CooldownDays = reader.Int("cooldownDays"),
            AssigneeType = reader.Enum<AssigneeType>("assigneeType"),
            AssigneeUserId = reader.Guid("assigneeUserId"),
            AssigneeTeamId = reader.Guid("assigneeTeamId"),
            Subject = reader.String("subject"),
            Description = reader.String("description"),
            DueInDays = reader.Int("dueInDays"),
            Priority = reader.Enum<TaskPriority>("priority"),
            Active = reader.Bool("active"),
            SendEmail = reader.Bool("sendEmail"),
            ConditionsJson = reader.Object("conditions"),
        };

        var result = NurtureRuleValidator.Validate(draft);
        var badFields = new HashSet<string>(fieldProblems.Select(p => p.Field.Split('[', '.')[0]), StringComparer.Ordinal);
        var all = fieldProblems.Concat(result.Problems.Where(p => !badFields.Contains(p.Field))).ToList();
        problems.AddRange(all.Select(p => p.Under(path)));
        return all.Count == 0 ? result.Rule : null;
    }

    private static JsonObject WriteRule(NurtureRuleDraft draft)
    {
        var json = new JsonObject
        {
            ["id"] = draft.Id.ToString("D", CultureInfo.InvariantCulture),
            ["name"] = draft.Name,
            ["type"] = draft.Type?.ToString(),
        };
        if (draft.Stages.Count > 0)
        {
            json["stages"] = new JsonArray(draft.Stages.Select(s => (JsonValue)s.ToString()));
        }

        if (draft.Tiers.Count > 0)
        {
            json["tiers"] = new JsonArray(draft.Tiers.Select(t => (JsonValue)t.ToString()));
        }

        AddIfSet(json, "thresholdDays", draft.ThresholdDays);
        AddIfSet(json, "minimumCompletedEngagements", draft.MinimumCompletedEngagements);
        AddIfSet(json, "cooldownDays", draft.CooldownDays);
        json["assigneeType"] = draft.AssigneeType?.ToString();
        if (draft.AssigneeUserId is Guid user)
        {
            json["assigneeUserId"] = user.ToString("D", CultureInfo.InvariantCulture);
        }

        if (draft.AssigneeTeamId is Guid team)
        {
            json["assigneeTeamId"] = team.ToString("D", CultureInfo.InvariantCulture);
        }

        json["subject"] = draft.Subject;
        if (!string.IsNullOrEmpty(draft.Description))
        {
            json["description"] = draft.Description;
        }

        AddIfSet(json, "dueInDays", draft.DueInDays);
        json["priority"] = (draft.Priority ?? TaskPriority.Normal).ToString();
        json["active"] = draft.Active ?? true;
        if (draft.Type == NurtureRuleType.PartnerDigest)
        {
            json["sendEmail"] = draft.SendEmail ?? false;
        }

        if (!string.IsNullOrWhiteSpace(draft.ConditionsJson))
        {
            json["conditions"] = JsonValue.Parse(draft.ConditionsJson!);
        }

        return json;
    }

    private static void AddIfSet(JsonObject json, string name, int? value)
    {
        if (value is int set)
        {
            json[name] = set;
        }
    }
}
