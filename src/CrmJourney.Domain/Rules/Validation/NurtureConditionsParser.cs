using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using CrmJourney.Domain.Json;

namespace CrmJourney.Domain.Rules.Validation;

/// <summary>
/// Reads a rule's extra conditions (cjp_conditionsjson) into <see cref="NurtureConditions"/>,
/// reporting every problem under the field <c>conditions</c> (e.g. <c>conditions.maxDays: unknown
/// condition — …</c>). Null or blank text means no conditions.
/// </summary>
public static class NurtureConditionsParser
{
    private const string Field = "conditions";

    /// <summary>Parses <paramref name="json"/>; returns the conditions, or null with every problem in <paramref name="problems"/>.</summary>
    public static NurtureConditions? Parse(string? json, out IReadOnlyList<RuleProblem> problems)
    {
        if (string.IsNullOrWhiteSpace(json))
        {
            problems = Array.Empty<RuleProblem>();
            return NurtureConditions.None;
        }

        JsonValue token;
        try
        {
            token = JsonValue.Parse(json!);
        }
        catch (JsonSyntaxException ex)
        {
            problems = new[] { new RuleProblem(Field, $"is not valid JSON ({ex.Message}) — write a JSON object such as {{\"minimumDaysInStage\": 30}}, or leave it empty") };
            return null;
        }

        if (token is not JsonObject obj)
        {
            problems = new[] { new RuleProblem(Field, $"must be a JSON object, not {Describe(token)} — write an object such as {{\"minimumDaysInStage\": 30}}, or leave it empty") };
            return null;
        }

        var found = new List<RuleProblem>();
        problems = found;
        int? minimumDaysInStage = null;
        int? maximumDaysSinceTouchpoint = null;
        var codes = new List<string>();
        foreach (var property in obj.Properties)
        {
            var path = Field + "." + property.Name;
            switch (property.Name)
            {
                case "minimumDaysInStage":
                    minimumDaysInStage = ReadWholeNumber(property.Value, path, 0, "the minimum number of days the account has been in its stage", found);
                    break;
                case "maximumDaysSinceTouchpoint":
                    maximumDaysSinceTouchpoint = ReadWholeNumber(property.Value, path, 1, "the most days of silence after which the rule leaves the account alone", found);
                    break;
                case "serviceLineCodes":
                    if (property.Value is JsonArray array && array.All(v => v is JsonString text && !string.IsNullOrWhiteSpace(text.Value)) && array.Count > 0)
                    {
                        codes.AddRange(array.Select(v => ((JsonString)v).Value.Trim()));
                    }
                    else
                    {
                        found.Add(new RuleProblem(path, "must be a non-empty list of service-line codes — write e.g. [\"TAX\", \"AUD\"]"));
                    }

                    break;
                default:
                    found.Add(new RuleProblem(path, $"unknown condition — use {string.Join(", ", NurtureConditions.Keys)}"));
                    break;
            }
        }

        if (found.Count > 0)
        {
            return null;
        }

        return new NurtureConditions { MinimumDaysInStage = minimumDaysInStage, MaximumDaysSinceTouchpoint = maximumDaysSinceTouchpoint, ServiceLineCodes = codes };
    }

    private static int? ReadWholeNumber(JsonValue value, string path, int minimum, string meaning, List<RuleProblem> problems)
    {
        if (value is JsonNumber number && number.TryGetInt32(out var whole) && whole >= minimum)
        {
            return whole;
        }

        problems.Add(new RuleProblem(path, $"must be a whole number of at least {minimum.ToString(CultureInfo.InvariantCulture)} — set {meaning}"));
        return null;
    }

    private static string Describe(JsonValue token) => token.Kind switch
    {
        JsonKind.Array => "a list",
        JsonKind.String => "a string",
        JsonKind.Number => "a number",
        JsonKind.Boolean => "true/false",
        JsonKind.Null => "null",
        _ => token.Kind.ToString().ToLowerInvariant(),
    };
}
