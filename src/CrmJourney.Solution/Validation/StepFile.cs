using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Xml.Linq;

namespace CrmJourney.Solution.Validation;

/// <summary>What the checks read from one <c>SdkMessageProcessingSteps/*.xml</c> file.</summary>
internal sealed record StepFile(
    string Path,
    Guid? Id,
    Guid? MessageId,
    string PluginTypeName,
    string PluginAssemblyName,
    string PrimaryEntity,
    int? Stage,
    int? Mode,
    IReadOnlyList<string> FilteringAttributes,
    IReadOnlyList<string>? PreImageAttributes,
    IReadOnlyList<string>? PostImageAttributes)
{
    /// <summary>The step files of <paramref name="folder"/>.</summary>
    public static IEnumerable<StepFile> All(SolutionFolder folder) =>
        folder.DocumentsUnder(SolutionPaths.StepsFolder)
            .Where(d => d.Value.Root?.Name.LocalName == "SdkMessageProcessingStep")
            .Select(d => Read(d.Key, d.Value.Root!));

    private static StepFile Read(string path, XElement step)
    {
        IReadOnlyList<string>? pre = null;
        IReadOnlyList<string>? post = null;
        foreach (var image in step.Element("SdkMessageProcessingStepImages")?.Elements("SdkMessageProcessingStepImage") ?? Enumerable.Empty<XElement>())
        {
            var columns = Columns(image.Element("Attributes")?.Value);
            switch (Number(image.Element("ImageType")?.Value))
            {
                case 0:
                    pre = columns;
                    break;
                case 1:
                    post = columns;
                    break;
                case 2:
                    pre = columns;
                    post = columns;
                    break;
            }
        }

        return new StepFile(
            path,
            ParseGuid((string?)step.Attribute("SdkMessageProcessingStepId")),
            ParseGuid(step.Element("SdkMessageId")?.Value),
            (step.Element("PluginTypeName")?.Value ?? string.Empty).Split(',')[0].Trim(),
            ((step.Element("PluginTypeName")?.Value ?? string.Empty).Split(',').ElementAtOrDefault(1) ?? string.Empty).Trim(),
            (step.Element("PrimaryEntity")?.Value ?? string.Empty).Trim(),
            Number(step.Element("Stage")?.Value),
            Number(step.Element("Mode")?.Value),
            Columns(step.Element("FilteringAttributes")?.Value),
            pre,
            post);
    }

    internal static IReadOnlyList<string> Columns(string? list) =>
        (list ?? string.Empty).Split(',').Select(c => c.Trim()).Where(c => c.Length > 0).ToList().AsReadOnly();

    private static Guid? ParseGuid(string? text) => Guid.TryParse(text?.Trim().Trim('{', '}'), out var id) ? id : null;

    private static int? Number(string? text) => int.TryParse(text?.Trim(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var n) ? n : null;
}
