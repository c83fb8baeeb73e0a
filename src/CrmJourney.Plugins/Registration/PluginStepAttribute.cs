using System;

namespace CrmJourney.Plugins.Registration;

/// <summary>
/// Declares one step of the plugin class it decorates — the single source from which the solution
/// package's step files and LocalOrg's pipeline are generated. Message, table and stage are positional;
/// everything else is named, e.g.
/// <c>[PluginStep("Update", "account", PipelineStage.PreOperation, Id = "…", FilteringAttributes = "cjp_journeystage", PreImageAttributes = "cjp_journeystage,cjp_stageenteredon")]</c>.
/// Column lists are comma-separated logical names; images are named <see cref="ImageNames.PreImage"/>
/// and <see cref="ImageNames.PostImage"/>. <see cref="PluginCatalog"/> validates the declarations.
/// </summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = true, Inherited = false)]
public sealed class PluginStepAttribute : Attribute
{
    /// <summary>A step on <paramref name="message"/> of <paramref name="table"/> (null for an unbound custom API) at <paramref name="stage"/>.</summary>
    public PluginStepAttribute(string message, string? table, PipelineStage stage)
    {
        Message = message;
        Table = table;
        Stage = stage;
    }

    /// <summary>The message, e.g. "Update", "Win", or a custom API's unique name.</summary>
    public string Message { get; }

    /// <summary>The table's logical name; null for an unbound custom API.</summary>
    public string? Table { get; }

    /// <summary>The pipeline stage.</summary>
    public PipelineStage Stage { get; }

    /// <summary>The step's fixed id (a Guid string), so redeployments update the step instead of adding one.</summary>
    public string Id { get; set; } = string.Empty;

    /// <summary>The columns whose change triggers an Update step (required for Update).</summary>
    public string? FilteringAttributes { get; set; }

    /// <summary>The columns of the pre-image; none means no pre-image.</summary>
    public string? PreImageAttributes { get; set; }

    /// <summary>The columns of the post-image; none means no post-image.</summary>
    public string? PostImageAttributes { get; set; }

    /// <summary>Synchronous (the default) or asynchronous.</summary>
    public ExecutionMode Mode { get; set; } = ExecutionMode.Synchronous;

    /// <summary>The order among steps of the same message, table and stage (lower runs first).</summary>
    public int Rank { get; set; } = 1;

    /// <summary>The unsecure configuration passed to the plugin's constructor.</summary>
    public string? UnsecureConfiguration { get; set; }

    /// <summary>What the step does, for administrators reading the registration.</summary>
    public string? Description { get; set; }

    /// <summary>The step's display name; defaults to "plugin type: message of table".</summary>
    public string? Name { get; set; }
}
