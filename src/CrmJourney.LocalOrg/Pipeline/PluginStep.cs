using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.Xrm.Sdk;

namespace CrmJourney.LocalOrg.Pipeline;

/// <summary>
/// A plug-in step registration, as an sdkmessageprocessingstep describes it: which message and table
/// it runs on, in which stage and mode, in what order (rank), which attributes filter an Update,
/// which images it receives, its configuration, and how to build the plug-in. Immutable; build it with
/// <see cref="For{TPlugin}"/> or <see cref="ForFactory"/> and the <c>with</c> expressions of init properties.
/// </summary>
/// <remarks>
/// The plug-in instance is created once per step and reused for every execution, as Dataverse caches
/// plug-in instances: a plug-in that keeps state in fields misbehaves here as it would there.
/// </remarks>
public sealed record PluginStep
{
    private PluginStep(string messageName, string? primaryEntityName, PipelineStage stage, string pluginTypeName, Func<string?, string?, IPlugin> factory)
    {
        MessageName = messageName;
        PrimaryEntityName = primaryEntityName;
        Stage = stage;
        PluginTypeName = pluginTypeName;
        PluginFactory = factory;
        Name = $"{pluginTypeName}: {messageName} of {primaryEntityName ?? "any entity"}";
    }

    /// <summary>The step's id (sdkmessageprocessingstepid); fixed ids keep the solution's step files stable.</summary>
    public Guid Id { get; init; } = Guid.NewGuid();

    /// <summary>The step's display name.</summary>
    public string Name { get; init; }

    /// <summary>A description for administrators.</summary>
    public string? Description { get; init; }

    /// <summary>The message (Create, Update, Win…, or a custom API's unique name).</summary>
    public string MessageName { get; init; }

    /// <summary>The table, or null for every table.</summary>
    public string? PrimaryEntityName { get; init; }

    /// <summary>10, 20 or 40.</summary>
    public PipelineStage Stage { get; init; }

    /// <summary>Synchronous or asynchronous (asynchronous only in PostOperation).</summary>
    public StepMode Mode { get; init; } = StepMode.Synchronous;

    /// <summary>Execution order among steps of the same stage; lower runs first.</summary>
    public int Rank { get; init; } = 1;

    /// <summary>Update runs the step only when Target contains one of these; empty means any Update.</summary>
    public IReadOnlyList<string> FilteringAttributes { get; init; } = Array.Empty<string>();

    /// <summary>The images the step receives.</summary>
    public IReadOnlyList<StepImage> Images { get; init; } = Array.Empty<StepImage>();

    /// <summary>The unsecure configuration passed to the plug-in's constructor.</summary>
    public string? UnsecureConfiguration { get; init; }

    /// <summary>The secure configuration passed to the plug-in's constructor.</summary>
    public string? SecureConfiguration { get; init; }

    /// <summary>The user the step runs as (Run in User's Context); null means the calling user.</summary>
    public Guid? ImpersonatingUserId { get; init; }

    /// <summary>Delete the system job when an async step succeeds (async only).</summary>
    public bool AsyncAutoDelete { get; init; }

    /// <summary>The plug-in's full type name, used in traces and fault messages.</summary>
    public string PluginTypeName { get; init; }

    /// <summary>Builds the plug-in from (unsecure, secure) configuration.</summary>
    public Func<string?, string?, IPlugin> PluginFactory { get; init; }

    /// <summary>
    /// A step whose plug-in type is constructed the way Dataverse does: the (string unsecure, string
    /// secure) constructor if it has one, else (string unsecure), else the parameterless one.
    /// </summary>
    public static PluginStep For<TPlugin>(string messageName, string? primaryEntityName, PipelineStage stage)
        where TPlugin : IPlugin =>
        new(messageName, primaryEntityName, stage, typeof(TPlugin).FullName ?? typeof(TPlugin).Name, ConstructorFor(typeof(TPlugin)));

    /// <summary>A step whose plug-in comes from a factory (a shared instance, a lambda in a test).</summary>
    public static PluginStep ForFactory(string messageName, string? primaryEntityName, PipelineStage stage, string pluginTypeName, Func<string?, string?, IPlugin> factory) =>
        new(messageName, primaryEntityName, stage, pluginTypeName, factory);

    /// <summary>A step running this plug-in instance.</summary>
    public static PluginStep ForInstance(string messageName, string? primaryEntityName, PipelineStage stage, IPlugin plugin) =>
        new(messageName, primaryEntityName, stage, plugin.GetType().FullName ?? plugin.GetType().Name, (_, _) => plugin);

    /// <summary>Checks the registration is one Dataverse would accept; returns the problem or null.</summary>
    public string? Validate()
    {
        if (Mode == StepMode.Asynchronous && Stage != PipelineStage.PostOperation)
        {
            return $"Step '{Name}': asynchronous steps must be registered in PostOperation (40).";
        }

        if (Stage == PipelineStage.PreValidation || Stage == PipelineStage.PreOperation)
        {
            if (Images.Any(image => image.IsPost))
            {
                return $"Step '{Name}': a post-image is only available in PostOperation.";
            }
        }

        if (string.Equals(MessageName, "Create", StringComparison.OrdinalIgnoreCase) && Images.Any(image => image.IsPre))
        {
            return $"Step '{Name}': Create has no pre-image (the row does not exist yet).";
        }

        if (string.Equals(MessageName, "Delete", StringComparison.OrdinalIgnoreCase) && Images.Any(image => image.IsPost))
        {
            return $"Step '{Name}': Delete has no post-image (the row no longer exists).";
        }

        return null;
    }

    private static Func<string?, string?, IPlugin> ConstructorFor(Type type)
    {
        var two = type.GetConstructor(new[] { typeof(string), typeof(string) });
        if (two != null)
        {
            return (unsecure, secure) => (IPlugin)two.Invoke(new object?[] { unsecure, secure });
        }

        var one = type.GetConstructor(new[] { typeof(string) });
        if (one != null)
        {
            return (unsecure, _) => (IPlugin)one.Invoke(new object?[] { unsecure });
        }

        var none = type.GetConstructor(Type.EmptyTypes)
            ?? throw new ArgumentException($"Plug-in type {type.FullName} needs a public constructor (), (string) or (string, string).", nameof(type));
        return (_, _) => (IPlugin)none.Invoke(null);
    }
}
