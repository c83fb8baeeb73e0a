using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Xml.Linq;

namespace CrmJourney.LocalOrg.Solution;

/// <summary>
/// Reads the global choices (<c>OptionSets/&lt;name&gt;.xml</c>): the option values, in file order.
/// Labels are not needed by LocalOrg, which stores and validates values only.
/// </summary>
internal static class OptionSetXmlReader
{
    private const string NameAttribute = "Name";
    private const string OptionsElement = "options";
    private const string OptionElement = "option";
    private const string ValueAttribute = "value";

    /// <summary>Global choice name → its values.</summary>
    public static IReadOnlyDictionary<string, int[]> ReadAll(string root, ICollection<string> problems)
    {
        var choices = new Dictionary<string, int[]>(StringComparer.Ordinal);
        foreach (var file in SolutionXml.SortedFiles(Path.Combine(root, SolutionPaths.OptionSets), SolutionPaths.XmlPattern))
        {
            var document = SolutionXml.TryLoad(root, file, problems);
            if (document?.Root == null)
            {
                continue;
            }

            var path = SolutionXml.DisplayPath(root, file);
            var name = document.Root.Attribute(NameAttribute)?.Value.Trim();
            if (string.IsNullOrEmpty(name))
            {
                problems.Add($"{path}: the optionset element has no Name attribute.");
                continue;
            }

            var values = ReadOptions(document.Root, path, problems);
            if (values.Length == 0)
            {
                problems.Add($"{path}: choice {name} has no options.");
                continue;
            }

            choices[name] = values;
        }

        return choices;
    }

    /// <summary>The values of an <c>optionset</c> element's <c>options/option</c> children.</summary>
    public static int[] ReadOptions(XElement optionSet, string path, ICollection<string> problems)
    {
        var values = new List<int>();
        foreach (var option in optionSet.Elements(OptionsElement).Elements(OptionElement))
        {
            var text = option.Attribute(ValueAttribute)?.Value;
            if (int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value))
            {
                values.Add(value);
            }
            else
            {
                problems.Add($"{path}: option value '{text}' of {optionSet.Attribute(NameAttribute)?.Value} is not a whole number.");
            }
        }

        return values.Distinct().ToArray();
    }
}
