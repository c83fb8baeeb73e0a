using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Microsoft.Xrm.Sdk;

namespace CrmJourney.Plugins.Schema;

/// <summary>
/// Maps the domain's enums (JourneyStage, ProspectOutcome, FormerSentiment, ClientTier,
/// TouchpointChannel, …) to the solution's choice values and back: every choice value is
/// 573100000 + the enum's numeric value. A value with no enum member is refused with a message that
/// names the choice, because it means the solution and the code disagree.
/// </summary>
public static class Choices
{
    /// <summary>The publisher's option value prefix: the first option of every cjp_ choice.</summary>
    public const int OptionValueBase = 573100000;

    /// <summary>The choice value of <paramref name="value"/>.</summary>
    public static OptionSetValue ToOptionSetValue<TEnum>(TEnum value)
        where TEnum : struct, Enum
    {
        if (!Enum.IsDefined(typeof(TEnum), value))
        {
            throw new ArgumentOutOfRangeException(nameof(value), value, $"{Convert.ToInt64(value, CultureInfo.InvariantCulture)} is not a {typeof(TEnum).Name}; it has no choice value.");
        }

        return new OptionSetValue(OptionValueBase + Convert.ToInt32(value, CultureInfo.InvariantCulture));
    }

    /// <summary>The enum member of a choice value; null stays null (the column is empty).</summary>
    public static TEnum? ToEnum<TEnum>(OptionSetValue? optionSetValue)
        where TEnum : struct, Enum =>
        optionSetValue == null ? null : ToEnum<TEnum>(optionSetValue.Value);

    /// <summary>The enum member of a choice value; a value outside the choice throws <see cref="ArgumentOutOfRangeException"/>.</summary>
    public static TEnum ToEnum<TEnum>(int optionValue)
        where TEnum : struct, Enum
    {
        var numeric = (long)optionValue - OptionValueBase;
        var candidate = (TEnum)Enum.ToObject(typeof(TEnum), numeric);
        if (numeric < 0 || !Enum.IsDefined(typeof(TEnum), candidate))
        {
            var known = string.Join(", ", Enum.GetValues(typeof(TEnum)).Cast<TEnum>().Select(v => $"{OptionValueBase + Convert.ToInt32(v, CultureInfo.InvariantCulture)} ({v})"));
            throw new ArgumentOutOfRangeException(
                nameof(optionValue),
                optionValue,
                $"Choice value {optionValue} is not a {typeof(TEnum).Name}; the known values are {known}. Check that the deployed solution matches this version of the plugins.");
        }

        return candidate;
    }

    /// <summary>The multi-select value of <paramref name="values"/> (e.g. the stages a nurture rule watches), in order.</summary>
    public static OptionSetValueCollection ToOptionSetValueCollection<TEnum>(IEnumerable<TEnum> values)
        where TEnum : struct, Enum
    {
        if (values == null)
        {
            throw new ArgumentNullException(nameof(values));
        }

        return new OptionSetValueCollection(values.Select(ToOptionSetValue).ToList());
    }

    /// <summary>The enum members of a multi-select value; null (no selection) gives an empty list.</summary>
    public static IReadOnlyList<TEnum> ToEnums<TEnum>(OptionSetValueCollection? optionSetValues)
        where TEnum : struct, Enum =>
        optionSetValues == null ? Array.Empty<TEnum>() : optionSetValues.Select(o => ToEnum<TEnum>(o.Value)).ToList().AsReadOnly();
}
