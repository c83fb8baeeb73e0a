using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Xml;
using CrmJourney.Plugins.Registration;
using CrmJourney.Solution.Plugins;
using CrmJourney.Solution.Xml;

namespace CrmJourney.Solution.Steps;

/// <summary>
/// Writes <c>SdkMessageProcessingSteps/{step id}.xml</c> for each <see cref="StepRegistration"/>, in the
/// shape and element order of real exports (solution-package/README.md, "Step files"). The output
/// depends only on the registrations, the plugin assembly and the solution version: the same input
/// gives byte-identical files, so committed step files can be compared with freshly generated ones.
/// </summary>
public sealed class StepFileWriter
{
    /// <summary>The event handler type code of a plugin type (as opposed to a service endpoint).</summary>
    private const int PluginEventHandlerTypeCode = 4602;

    private readonly PluginAssemblyDefinition _plugins;
    private readonly string _introducedVersion;

    /// <summary>A writer for steps of the plugins in <paramref name="plugins"/>, introduced in solution version <paramref name="introducedVersion"/>.</summary>
    public StepFileWriter(PluginAssemblyDefinition plugins, string introducedVersion)
    {
        ArgumentNullException.ThrowIfNull(plugins);
        ArgumentException.ThrowIfNullOrWhiteSpace(introducedVersion);
        _plugins = plugins;
        _introducedVersion = introducedVersion;
    }

    /// <summary>
    /// The files of every exportable step (<see cref="SdkMessages.Exportable"/>), ordered by path; throws
    /// <see cref="InvalidOperationException"/> listing every step that cannot be written (plugin class missing from the assembly).
    /// </summary>
    public IReadOnlyList<GeneratedFile> WriteAll(IEnumerable<StepRegistration> steps)
    {
        ArgumentNullException.ThrowIfNull(steps);
        var problems = new List<string>();
        var files = new List<GeneratedFile>();
        foreach (var step in SdkMessages.Exportable(steps))
        {
            var problem = ProblemWith(step);
            if (problem != null)
            {
                problems.Add(problem);
                continue;
            }

            files.Add(Write(step));
        }

        if (problems.Count > 0)
        {
            throw new InvalidOperationException(string.Join(Environment.NewLine, problems));
        }

        return files.OrderBy(f => f.RelativePath, StringComparer.Ordinal).ToList().AsReadOnly();
    }

    /// <summary>The file of one step; throws <see cref="InvalidOperationException"/> when it cannot be written.</summary>
    public GeneratedFile Write(StepRegistration step)
    {
        ArgumentNullException.ThrowIfNull(step);
        var problem = ProblemWith(step);
        if (problem != null)
        {
            throw new InvalidOperationException(problem);
        }

        SdkMessages.TryGetId(step.Message, out var messageId);
        var pluginType = _plugins.Find(step.PluginType.FullName!)!;
        var content = XmlFiles.Write(writer => WriteStep(writer, step, messageId, pluginType));
        return new GeneratedFile(SolutionPaths.StepFile(step.Id), content);
    }

    /// <summary>The id of the image named <paramref name="imageName"/> of step <paramref name="stepId"/>: derived, so it never changes.</summary>
    public static Guid ImageId(Guid stepId, string imageName) => DeterministicGuid.From($"stepimage:{stepId:D}:{imageName}");

    private string? ProblemWith(StepRegistration step)
    {
        if (!SdkMessages.TryGetId(step.Message, out _))
        {
            return $"Step {step.Id:D} ({step.Name}): the SdkMessageId of message \"{step.Message}\" is not known; add it to SdkMessages (read it from sdkmessage where name = '{step.Message}' in any organization).";
        }

        if (_plugins.Find(step.PluginType.FullName ?? string.Empty) == null)
        {
            return $"Step {step.Id:D} ({step.Name}): plugin class {step.PluginType.FullName} is not a public IPlugin class of {_plugins.Assembly.Name}; make it public or register it in the right assembly.";
        }

        return null;
    }

    private void WriteStep(XmlWriter writer, StepRegistration step, Guid messageId, PluginTypeRegistration pluginType)
    {
        writer.WriteStartElement("SdkMessageProcessingStep");
        writer.WriteAttributeString("Name", step.Name);
        writer.WriteAttributeString("SdkMessageProcessingStepId", Braced(step.Id));
        writer.WriteAttributeString("xmlns", "xsi", null, "http://www.w3.org/2001/XMLSchema-instance");
        Element(writer, "SdkMessageId", messageId.ToString("D"));
        Element(writer, "PluginTypeName", _plugins.Assembly.QualifiedTypeName(pluginType.FullName));
        Element(writer, "PluginTypeId", pluginType.Id.ToString("D"));
        Element(writer, "PrimaryEntity", step.Table ?? "none");
        if (!string.IsNullOrEmpty(step.UnsecureConfiguration))
        {
            Element(writer, "CustomConfiguration", step.UnsecureConfiguration);
        }

        // Successful asynchronous jobs are deleted so the system job table does not grow with every event.
        Element(writer, "AsyncAutoDelete", step.Mode == ExecutionMode.Asynchronous ? "1" : "0");
        Element(writer, "Description", string.IsNullOrWhiteSpace(step.Description) ? step.Name : step.Description);
        Element(writer, "FilteringAttributes", string.Join(",", step.FilteringAttributes));
        Element(writer, "InvocationSource", "0");
        Element(writer, "Mode", Number((int)step.Mode));
        Element(writer, "Rank", Number(step.Rank));
        Element(writer, "EventHandlerTypeCode", Number(PluginEventHandlerTypeCode));
        Element(writer, "Stage", Number((int)step.Stage));
        Element(writer, "IsCustomizable", "1");
        Element(writer, "IsHidden", "0");
        Element(writer, "SupportedDeployment", "0");
        Element(writer, "IntroducedVersion", _introducedVersion);
        writer.WriteStartElement("SdkMessageProcessingStepImages");
        if (step.HasPreImage)
        {
            WriteImage(writer, step, ImageNames.PreImage, step.PreImageAttributes, imageType: 0);
        }

        if (step.HasPostImage)
        {
            WriteImage(writer, step, ImageNames.PostImage, step.PostImageAttributes, imageType: 1);
        }

        writer.WriteFullEndElement();
        writer.WriteEndElement();
    }

    private static void WriteImage(XmlWriter writer, StepRegistration step, string name, IReadOnlyList<string> attributes, int imageType)
    {
        writer.WriteStartElement("SdkMessageProcessingStepImage");
        writer.WriteAttributeString("Name", name);
        Element(writer, "SdkMessageProcessingStepImageId", Braced(ImageId(step.Id, name)));
        Element(writer, "Attributes", string.Join(",", attributes));
        Element(writer, "EntityAlias", name);
        Element(writer, "ImageType", Number(imageType));
        Element(writer, "MessagePropertyName", SdkMessages.ImagePropertyName(step.Message));
        Element(writer, "IsCustomizable", "1");
        writer.WriteEndElement();
    }

    // Exports write empty values as <X></X>, never <X />.
    private static void Element(XmlWriter writer, string name, string value)
    {
        writer.WriteStartElement(name);
        writer.WriteString(value);
        writer.WriteFullEndElement();
    }

    private static string Braced(Guid id) => "{" + id.ToString("D") + "}";

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);
}
