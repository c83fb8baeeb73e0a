using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

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

        JToken token;
        try
        {
            using var reader = new JsonTextReader(new System.IO.StringReader(json!)) { DateParseHandling = DateParseHandling.None };
            token = JToken.ReadFrom(reader, new JsonLoadSettings { DuplicatePropertyNameHandling = DuplicatePropertyNameHandling.Error });
            if (reader.Read())
            {
                throw new JsonReaderException($"Additional text after the end of the object, line {reader.LineNumber}, position {reader.LinePosition}.");
            }
        }
        catch (JsonReaderException ex)
        {
            problems = new[] { new RuleProblem(Field, $"is not valid JSON ({ex.Message}) — write a JSON object such as {{\"minimumDaysInStage\": 30}}, or leave it empty") };
            return null;
        }

        if (token is not JObject obj)
        {
            problems = new[] { new RuleProblem(Field, $"must be a JSON object, not {Describe(token)} — write an object such as {{\"minimumDaysInStage\": 30}}, or leave it empty") };
            return null;
        }

        var found = new List<RuleProblem>();
        problems = found;
        int? minimumDaysInStage = null;
        int? maximumDaysSinceTouchpoint = null;
        var codes = new List<string>();
        foreach (var property in obj.Properties())
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
                    if (property.Value is JArray array && array.All(v => v.Type == JTokenType.String && !string.IsNullOrWhiteSpace((string?)v)) && array.Count > 0)
                    {
                        codes.AddRange(array.Select(v => ((string)v!).Trim()));
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

    private static int? ReadWholeNumber(JToken value, string path, int minimum, string meaning, List<RuleProblem> problems)
    {
        if (value.Type == JTokenType.Integer && (long)value >= minimum && (long)value <= int.MaxValue)
        {
            return (int)value;
        }

        problems.Add(new RuleProblem(path, $"must be a whole number of at least {minimum.ToString(CultureInfo.InvariantCulture)} — set {meaning}"));
        return null;
    }

    private static string Describe(JToken token) => token.Type switch
    {
        JTokenType.Array => "a list",
        JTokenType.String => "a string",
        JTokenType.Integer or JTokenType.Float => "a number",
        JTokenType.Boolean => "true/false",
        JTokenType.Null => "null",
        _ => token.Type.ToString().ToLowerInvariant(),
    };
}
