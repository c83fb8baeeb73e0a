using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Xml;
using System.Xml.Linq;

namespace CrmJourney.Solution.Validation;

/// <summary>
/// Choice values a publisher adds start with its option value prefix (read from Solution.xml):
/// prefix × 10000 + n, e.g. 57310 gives 573100000–573109999. Dataverse assigns values that way so two
/// publishers' options never collide; a value outside the range is a hand edit that will clash.
/// Checks the publisher's own choices — global (OptionSets/*.xml) and local (Entity.xml columns) whose
/// name carries its customization prefix; yes/no, state and status option sets keep the platform's own
/// values and are skipped. A convention, not an import rule (any value imports), so it belongs to the
/// validation of this product's folder, not to <see cref="SolutionValidator.Structural"/>.
/// </summary>
public sealed class OptionValuePrefixCheck : ISolutionCheck
{
    private const int PrefixMultiplier = 10000;

    /// <inheritdoc />
    public void Check(SolutionFolder folder, ICollection<SolutionProblem> problems)
    {
        ArgumentNullException.ThrowIfNull(folder);
        ArgumentNullException.ThrowIfNull(problems);
        if (folder.Manifest?.OptionValuePrefix is not int prefix)
        {
            return;
        }

        foreach (var (path, document) in folder.DocumentsUnder(SolutionPaths.OptionSetsFolder))
        {
            if (document.Root?.Name.LocalName == "optionset")
            {
                CheckOptions(path, document.Root, prefix, folder.HasOwnPrefix, problems);
            }
        }

        foreach (var (path, document) in folder.DocumentsUnder(SolutionPaths.EntitiesFolder).Where(d => SolutionFolder.IsEntityFile(d.Key)))
        {
            foreach (var optionSet in SolutionFolder.Attributes(document).Elements("optionset"))
            {
                CheckOptions(path, optionSet, prefix, folder.HasOwnPrefix, problems);
            }
        }
    }

    private static void CheckOptions(string path, XElement optionSet, int prefix, Func<string, bool> ownPrefix, ICollection<SolutionProblem> problems)
    {
        var type = optionSet.Element("OptionSetType")?.Value.Trim() ?? "picklist";
        if (type is not ("picklist" or "multiselectpicklist"))
        {
            return;
        }

        var name = (string?)optionSet.Attribute("Name") ?? "(unnamed)";
        if (!ownPrefix(name))
        {
            return;
        }

        var low = (long)prefix * PrefixMultiplier;
        var high = low + PrefixMultiplier - 1;
        foreach (var option in optionSet.Element("options")?.Elements("option") ?? Enumerable.Empty<XElement>())
        {
            var text = (string?)option.Attribute("value");
            var line = ((IXmlLineInfo)option).LineNumber;
            if (!long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value))
            {
                problems.Add(new SolutionProblem(path, $"choice {name}: option at line {line} has value \"{text}\", which is not a number; give it {low}–{high}."));
            }
            else if (value < low || value > high)
            {
                problems.Add(new SolutionProblem(path, string.Create(CultureInfo.InvariantCulture, $"choice {name}: option value {value} lacks the publisher's option value prefix {prefix}; renumber it within {low}–{high}.")));
            }
        }
    }
}
