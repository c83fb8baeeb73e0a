using System;
using System.Collections.Generic;
using System.Linq;
using CrmJourney.Plugins.Registration;

namespace CrmJourney.Solution.Steps;

/// <summary>
/// What step files need to know about platform messages. <c>SdkMessageId</c>: the id of a platform
/// message is the same in every organization (they ship with the platform), so a step file can name it
/// without a connection; the ids below are the ones Microsoft's documentation shows when it queries
/// sdkmessage (Create, Update, SetState, SetStateDynamicEntity…). A message missing here must be added
/// with its id read from any organization (<c>sdkmessage</c> where name = the message) before a step on
/// it can be generated. Image property: the request parameter an entity image is taken from
/// (Microsoft Learn, "Entity images": id for Create, EntityMoniker for SetState, Target otherwise).
/// </summary>
public static class SdkMessages
{
    private static readonly Dictionary<string, Guid> _ids = new(StringComparer.Ordinal)
    {
        ["Assign"] = new Guid("8cbdbb1b-ea3e-db11-86a7-000a3a5473e8"),
        ["Create"] = new Guid("9ebdbb1b-ea3e-db11-86a7-000a3a5473e8"),
        ["Delete"] = new Guid("a1bdbb1b-ea3e-db11-86a7-000a3a5473e8"),
        ["Merge"] = new Guid("dbbdbb1b-ea3e-db11-86a7-000a3a5473e8"),
        ["Retrieve"] = new Guid("f2bdbb1b-ea3e-db11-86a7-000a3a5473e8"),
        ["RetrieveMultiple"] = new Guid("03bebb1b-ea3e-db11-86a7-000a3a5473e8"),
        ["SetState"] = new Guid("1cbebb1b-ea3e-db11-86a7-000a3a5473e8"),
        ["SetStateDynamicEntity"] = new Guid("1dbebb1b-ea3e-db11-86a7-000a3a5473e8"),
        ["Update"] = new Guid("20bebb1b-ea3e-db11-86a7-000a3a5473e8"),
    };

    /// <summary>The messages whose ids are known, in name order.</summary>
    public static IReadOnlyList<string> Known { get; } = _ids.Keys.OrderBy(k => k, StringComparer.Ordinal).ToList().AsReadOnly();

    /// <summary>
    /// The steps that can be written as step files: those whose message has a known platform id.
    /// A step on another message (today Win and Lose, whose sdkmessage ids no public source we could
    /// check gives) still runs in LocalOrg, but is left out of the solution until its id is added to
    /// this table; inventing an id would produce a solution that fails on import. Until then
    /// <see cref="Registration.StepRegistrar"/> registers them at deploy time, looking the ids up by name
    /// in the target organization (<c>cjp solution register</c>).
    /// </summary>
    public static IReadOnlyList<StepRegistration> Exportable(IEnumerable<StepRegistration> steps) =>
        steps.Where(step => _ids.ContainsKey(step.Message)).ToList();

    /// <summary>The steps left out of the solution because their message's platform id is not known (see <see cref="Exportable"/>).</summary>
    public static IReadOnlyList<StepRegistration> Unexportable(IEnumerable<StepRegistration> steps) =>
        steps.Where(step => !_ids.ContainsKey(step.Message)).ToList();

    /// <summary>The platform id of <paramref name="message"/>, when known.</summary>
    public static bool TryGetId(string message, out Guid id) => _ids.TryGetValue(message, out id);

    /// <summary>The message whose platform id is <paramref name="id"/>, or null when it is not one of the known messages.</summary>
    public static string? NameOf(Guid id) => _ids.FirstOrDefault(pair => pair.Value == id).Key;

    /// <summary>The request parameter an image of a step on <paramref name="message"/> is taken from.</summary>
    public static string ImagePropertyName(string message) => message switch
    {
        "Create" => "id",
        "SetState" or "SetStateDynamicEntity" => "EntityMoniker",
        _ => "Target",
    };
}
