using System;
using System.Collections.Generic;
using System.Linq;
using CrmJourney.LocalOrg.Pipeline;
using CrmJourney.Plugins.Registration;
using Microsoft.Xrm.Sdk;
using LocalStage = CrmJourney.LocalOrg.Pipeline.PipelineStage;

namespace CrmJourney.Hosting;

/// <summary>
/// Turns the product's step declarations (<see cref="StepRegistration"/>, read from [PluginStep])
/// into LocalOrg steps, field for field: id, name, description, message, table, stage, mode, rank,
/// filtering attributes, the PreImage/PostImage images with their columns and the unsecure
/// configuration. The plugin is constructed as Dataverse constructs it — (unsecure, secure), else
/// (unsecure), else () — once per step, then cached and reused like Dataverse's instance.
/// </summary>
public static class PluginStepAdapter
{
    /// <summary>The LocalOrg step of <paramref name="registration"/>.</summary>
    public static PluginStep ToLocalStep(StepRegistration registration)
    {
        if (registration == null)
        {
            throw new ArgumentNullException(nameof(registration));
        }

        var images = new List<StepImage>();
        if (registration.HasPreImage)
        {
            images.Add(new StepImage(ImageNames.PreImage, StepImageType.PreImage, registration.PreImageAttributes.ToArray()));
        }

        if (registration.HasPostImage)
        {
            images.Add(new StepImage(ImageNames.PostImage, StepImageType.PostImage, registration.PostImageAttributes.ToArray()));
        }

        var typeName = registration.PluginType.FullName ?? registration.PluginType.Name;
        return PluginStep.ForFactory(registration.Message, registration.Table, (LocalStage)(int)registration.Stage, typeName, ConstructorFor(registration.PluginType)) with
        {
            Id = registration.Id,
            Name = registration.Name,
            Description = registration.Description,
            Mode = registration.Mode == ExecutionMode.Asynchronous ? StepMode.Asynchronous : StepMode.Synchronous,
            Rank = registration.Rank,
            FilteringAttributes = registration.FilteringAttributes,
            Images = images,
            UnsecureConfiguration = registration.UnsecureConfiguration,
        };
    }

    /// <summary>The LocalOrg steps of every registration in <paramref name="catalog"/>, in the catalog's order.</summary>
    public static IReadOnlyList<PluginStep> ToLocalSteps(PluginCatalog catalog) =>
        (catalog ?? throw new ArgumentNullException(nameof(catalog))).Steps.Select(ToLocalStep).ToList();

    /// <summary>Builds <paramref name="pluginType"/> from (unsecure, secure) configuration the way Dataverse does.</summary>
    public static Func<string?, string?, IPlugin> ConstructorFor(Type pluginType)
    {
        var two = pluginType.GetConstructor(new[] { typeof(string), typeof(string) });
        if (two != null)
        {
            return (unsecure, secure) => (IPlugin)two.Invoke(new object?[] { unsecure, secure });
        }

        var one = pluginType.GetConstructor(new[] { typeof(string) });
        if (one != null)
        {
            return (unsecure, _) => (IPlugin)one.Invoke(new object?[] { unsecure });
        }

        var none = pluginType.GetConstructor(Type.EmptyTypes)
            ?? throw new ArgumentException($"{pluginType.FullName} has no constructor Dataverse can call.", nameof(pluginType));
        return (_, _) => (IPlugin)none.Invoke(null);
    }
}
