using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using CrmJourney.Domain.Json;
using CrmJourney.Domain.Rules.Validation;

namespace CrmJourney.Domain.Rules.Serialization;

/// <summary>
/// Reads typed fields from one rule object, recording a problem (by field name) for each value of the
/// wrong type and returning null for it. A missing field or JSON null reads as null (not set).
/// </summary>
internal sealed class FieldReader
{
    private readonly JsonObject _json;
    private readonly List<RuleProblem> _problems;

    public FieldReader(JsonObject json, List<RuleProblem> problems)
    {
        _json = json;
        _problems = problems;
    }

    public string? String(string name)
    {
        var token = Get(name);
        if (token is null)
        {
            return null;
        }

        if (token is JsonString text)
        {
            return text.Value;
        }

        return Fail<string>(name, "must be a text in double quotes");
    }

    public int? Int(string name)
    {
        var token = Get(name);
        if (token is null)
        {
            return null;
        }

        if (token is JsonNumber number && number.TryGetInt32(out var value))
        {
            return value;
        }

        return FailValue<int>(name, "must be a whole number such as 30");
    }

    public bool? Bool(string name)
    {
        var token = Get(name);
        if (token is null)
        {
            return null;
        }

        return token is JsonBoolean boolean ? boolean.Value : FailValue<bool>(name, "must be true or false (without quotes)");
    }

    public Guid? Guid(string name)
    {
        var token = Get(name);
        if (token is null)
        {
            return null;
        }

        if (token is JsonString text && System.Guid.TryParse(text.Value, out var id))
        {
            return id;
        }

        return FailValue<Guid>(name, "must be a GUID in quotes, such as \"3f2504e0-4f89-11d3-9a0c-0305e82c3301\"");
    }

    public T? Enum<T>(string name)
        where T : struct
    {
        var token = Get(name);
        if (token is null)
        {
            return null;
        }

        return ParseEnum<T>(token, out var value) ? value : FailValue<T>(name, $"must be one of {Names<T>()}{Found(token)}");
    }

    public IReadOnlyList<T> EnumList<T>(string name)
        where T : struct
    {
        var token = Get(name);
        if (token is null)
        {
            return Array.Empty<T>();
        }

        if (token is not JsonArray array)
        {
            Fail<string>(name, $"must be a list such as [\"{Names<T>().Split(',')[0]}\"]");
            return Array.Empty<T>();
        }

        var values = new List<T>();
        for (var i = 0; i < array.Count; i++)
        {
            if (ParseEnum<T>(array[i], out var value))
            {
                values.Add(value);
            }
            else
            {
                _problems.Add(new RuleProblem($"{name}[{i.ToString(CultureInfo.InvariantCulture)}]", $"must be one of {Names<T>()}{Found(array[i])}"));
            }
        }

        return values;
    }

    public string? Object(string name)
    {
        var token = Get(name);
        if (token is null)
        {
            return null;
        }

        if (token is JsonObject obj)
        {
            return obj.ToString();
        }

        return Fail<string>(name, "must be a JSON object such as {\"minimumDaysInStage\": 30}");
    }

    private static bool ParseEnum<T>(JsonValue token, out T value)
        where T : struct
    {
        value = default;
        if (token is not JsonString json)
        {
            return false;
        }

        var text = json.Value.Trim();
        return text.Length > 0 && !char.IsDigit(text[0]) && text[0] != '-' && !text.Contains(',')
            && System.Enum.TryParse(text, ignoreCase: true, out value) && System.Enum.IsDefined(typeof(T), value);
    }

    private static string Names<T>() => string.Join(", ", System.Enum.GetNames(typeof(T)));

    private static string Found(JsonValue token) => token is JsonString text
        ? $" (found \"{text.Value}\")"
        : $" (found {token})";

    private JsonValue? Get(string name)
    {
        var token = _json[name];
        return token is null || token.Kind == JsonKind.Null ? null : token;
    }

    private T? Fail<T>(string name, string message)
        where T : class
    {
        _problems.Add(new RuleProblem(name, $"{message} — correct the value of \"{name}\""));
        return null;
    }

    private T? FailValue<T>(string name, string message)
        where T : struct
    {
        _problems.Add(new RuleProblem(name, $"{message} — correct the value of \"{name}\""));
        return null;
    }
}
