using System;
using System.Collections.Generic;
using System.Linq;

namespace CrmJourney.Plugins.Registration;

/// <summary>
/// One validated plugin step, read from a <see cref="PluginStepAttribute"/>: what the solution
/// package's step XML and LocalOrg's pipeline are generated from. Immutable; column lists keep the
/// declared order without blanks or duplicates.
/// </summary>
public sealed class StepRegistration
{
    private StepRegistration(Type pluginType, Guid id, PluginStepAttribute step)
    {
        PluginType = pluginType;
        Id = id;
        Message = step.Message;
        Table = step.Table;
        Stage = step.Stage;
        Mode = step.Mode;
        Rank = step.Rank;
        FilteringAttributes = SplitColumns(step.FilteringAttributes);
        PreImageAttributes = SplitColumns(step.PreImageAttributes);
        PostImageAttributes = SplitColumns(step.PostImageAttributes);
        UnsecureConfiguration = step.UnsecureConfiguration;
        Description = step.Description;
        Name = string.IsNullOrWhiteSpace(step.Name) ? $"{pluginType.FullName}: {step.Message} of {step.Table ?? "no table"}" : step.Name!;
    }

    /// <summary>The plugin class.</summary>
    public Type PluginType { get; }

    /// <summary>The step's fixed id.</summary>
    public Guid Id { get; }

    /// <summary>The message name.</summary>
    public string Message { get; }

    /// <summary>The table's logical name; null for an unbound custom API.</summary>
    public string? Table { get; }

    /// <summary>The pipeline stage.</summary>
    public PipelineStage Stage { get; }

    /// <summary>Synchronous or asynchronous.</summary>
    public ExecutionMode Mode { get; }

    /// <summary>The order among steps of the same message, table and stage.</summary>
    public int Rank { get; }

    /// <summary>The columns whose change triggers the step; empty means any change.</summary>
    public IReadOnlyList<string> FilteringAttributes { get; }

    /// <summary>The pre-image's columns; empty means no pre-image.</summary>
    public IReadOnlyList<string> PreImageAttributes { get; }

    /// <summary>The post-image's columns; empty means no post-image.</summary>
    public IReadOnlyList<string> PostImageAttributes { get; }

    /// <summary>The unsecure configuration passed to the plugin's constructor.</summary>
    public string? UnsecureConfiguration { get; }

    /// <summary>What the step does.</summary>
    public string? Description { get; }

    /// <summary>The step's display name.</summary>
    public string Name { get; }

    /// <summary>Whether the step registers a pre-image named <see cref="ImageNames.PreImage"/>.</summary>
    public bool HasPreImage => PreImageAttributes.Count > 0;

    /// <summary>Whether the step registers a post-image named <see cref="ImageNames.PostImage"/>.</summary>
    public bool HasPostImage => PostImageAttributes.Count > 0;

    /// <summary>
    /// Validates one declaration and adds a sentence per problem to <paramref name="problems"/>;
    /// returns null when the declaration is unusable.
    /// </summary>
    internal static StepRegistration? TryCreate(Type pluginType, PluginStepAttribute step, ICollection<string> problems)
    {
        var where = $"{pluginType.FullName}, step {step.Message} of {step.Table ?? "no table"} at {step.Stage}";
        var count = problems.Count;
        if (!Guid.TryParse(step.Id, out var id) || id == Guid.Empty)
        {
            problems.Add($"{where}: Id \"{step.Id}\" is not a Guid; give the step a fixed id: a new Guid string such as \"3f2504e0-4f89-41d3-9a0c-0305e82c3301\", generated once and never changed.");
        }

        if (string.IsNullOrWhiteSpace(step.Message))
        {
            problems.Add($"{where}: the message is blank; name the message, such as \"Update\".");
        }

        if (!Enum.IsDefined(typeof(PipelineStage), step.Stage))
        {
            problems.Add($"{where}: stage {(int)step.Stage} is not a plugin stage; use PreValidation, PreOperation or PostOperation.");
        }

        if (string.Equals(step.Message, "Update", StringComparison.Ordinal) && SplitColumns(step.FilteringAttributes).Count == 0)
        {
            problems.Add($"{where}: an Update step needs FilteringAttributes, otherwise it runs on every update of the table; list the columns that matter.");
        }

        if (step.Mode == ExecutionMode.Asynchronous && step.Stage != PipelineStage.PostOperation)
        {
            problems.Add($"{where}: asynchronous steps run only at PostOperation; change the stage or make the step synchronous.");
        }

        if (string.Equals(step.Message, "Create", StringComparison.Ordinal) && SplitColumns(step.PreImageAttributes).Count > 0)
        {
            problems.Add($"{where}: a Create step has no pre-image (the record does not exist yet); remove PreImageAttributes.");
        }

        if (step.Stage != PipelineStage.PostOperation && SplitColumns(step.PostImageAttributes).Count > 0)
        {
            problems.Add($"{where}: post-images exist only at PostOperation; remove PostImageAttributes or change the stage.");
        }

        return problems.Count == count ? new StepRegistration(pluginType, id, step) : null;
    }

    private static IReadOnlyList<string> SplitColumns(string? columns) =>
        (columns ?? string.Empty)
            .Split(',')
            .Select(c => c.Trim())
            .Where(c => c.Length > 0)
            .Distinct(StringComparer.Ordinal)
            .ToList()
            .AsReadOnly();
}
