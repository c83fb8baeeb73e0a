using Microsoft.Xrm.Sdk;

namespace CrmJourney.Plugins.Mapping;

/// <summary>
/// Reads the parts of an execution context every plugin needs — the target and the registered
/// images — under the names this product registers (<see cref="Registration.ImageNames"/>), so a
/// plugin never spells a parameter or image name.
/// </summary>
public static class PluginContextReader
{
    /// <summary>The Target as an entity (Create, Update), or null when the message carries none.</summary>
    public static Entity? TargetEntity(IPluginExecutionContext context) =>
        context.InputParameters.TryGetValue(ParameterNames.Target, out var target) ? target as Entity : null;

    /// <summary>The pre-image registered as <see cref="Registration.ImageNames.PreImage"/>, or null.</summary>
    public static Entity? PreImage(IPluginExecutionContext context) =>
        context.PreEntityImages.TryGetValue(Registration.ImageNames.PreImage, out var image) ? image : null;

    /// <summary>The post-image registered as <see cref="Registration.ImageNames.PostImage"/>, or null.</summary>
    public static Entity? PostImage(IPluginExecutionContext context) =>
        context.PostEntityImages.TryGetValue(Registration.ImageNames.PostImage, out var image) ? image : null;

    /// <summary>
    /// The row as it is after the operation: <paramref name="target"/>'s columns over
    /// <paramref name="before"/>'s (an Update's target carries only the changed columns).
    /// </summary>
    public static Entity Merge(Entity? before, Entity target)
    {
        var merged = new Entity(target.LogicalName, target.Id);
        if (before != null)
        {
            merged.Id = target.Id == System.Guid.Empty ? before.Id : target.Id;
            foreach (var column in before.Attributes)
            {
                merged[column.Key] = column.Value;
            }
        }

        foreach (var column in target.Attributes)
        {
            merged[column.Key] = column.Value;
        }

        return merged;
    }
}
