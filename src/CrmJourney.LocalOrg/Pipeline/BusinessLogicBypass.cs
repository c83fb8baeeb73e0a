using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using CrmJourney.LocalOrg.Faults;
using Microsoft.Xrm.Sdk;

namespace CrmJourney.LocalOrg.Pipeline;

/// <summary>
/// The custom logic a request asked Dataverse not to run, from its optional parameters (Microsoft Learn, "Bypass
/// custom Dataverse logic"): <c>BypassBusinessLogicExecution</c> = "CustomSync", "CustomAsync" or both (comma
/// separated); <c>BypassBusinessLogicExecutionStepIds</c> = a comma-separated list of step registration ids; and the
/// older <c>BypassCustomPluginExecution</c> = true (synchronous logic only). It applies to the request's own pipeline
/// and, for CreateMultiple/UpdateMultiple, to each item's; not to requests the remaining plug-ins make. The caller
/// must hold prvBypassCustomBusinessLogic (prvBypassCustomPlugins for the older parameter): SYSTEM and the
/// administrator do; anyone else is refused before anything runs.
/// </summary>
internal sealed record BusinessLogicBypass(bool Sync, bool Async, IReadOnlyCollection<Guid> StepIds)
{
    public const string ExecutionParameter = "BypassBusinessLogicExecution";
    public const string StepIdsParameter = "BypassBusinessLogicExecutionStepIds";
    public const string LegacyParameter = "BypassCustomPluginExecution";
    public const string Privilege = "prvBypassCustomBusinessLogic";
    public const string LegacyPrivilege = "prvBypassCustomPlugins";

    public static BusinessLogicBypass None { get; } = new(false, false, Array.Empty<Guid>());

    public bool IsNone => !Sync && !Async && StepIds.Count == 0;

    /// <summary>True when <paramref name="step"/> must not run for this request.</summary>
    public bool Skips(PluginStep step) =>
        (step.Mode == StepMode.Synchronous ? Sync : Async) || StepIds.Contains(step.Id);

    /// <summary>Reads the request's bypass parameters and checks the caller may use them.</summary>
    public static BusinessLogicBypass Of(OrganizationRequest request, Guid userId, Security.SecurityModel security)
    {
        var parameters = request.Parameters;
        var sync = false;
        var async = false;
        var steps = new List<Guid>();
        var legacy = false;
        if (parameters.TryGetValue(ExecutionParameter, out var execution) && execution is not null)
        {
            foreach (var part in Split(execution as string ?? throw Invalid(ExecutionParameter, "the text CustomSync, CustomAsync or CustomSync,CustomAsync")))
            {
                switch (part)
                {
                    case "CustomSync":
                        sync = true;
                        break;
                    case "CustomAsync":
                        async = true;
                        break;
                    default:
                        throw Invalid(ExecutionParameter, "CustomSync, CustomAsync or CustomSync,CustomAsync");
                }
            }
        }

        if (parameters.TryGetValue(StepIdsParameter, out var ids) && ids is not null)
        {
            foreach (var part in Split(ids as string ?? throw Invalid(StepIdsParameter, "a comma-separated list of step ids")))
            {
                steps.Add(Guid.TryParse(part, out var id) ? id : throw Invalid(StepIdsParameter, "a comma-separated list of step ids (Guids)"));
            }
        }

        if (parameters.TryGetValue(LegacyParameter, out var old) && old is bool on && on)
        {
            legacy = true;
            sync = true;
        }

        var bypass = new BusinessLogicBypass(sync, async, steps);
        if (bypass.IsNone)
        {
            return None;
        }

        var privilege = legacy && !async && steps.Count == 0 ? LegacyPrivilege : Privilege;
        if (!security.Holds(userId, privilege))
        {
            throw OrganizationFaults.Create(
                ErrorCodes.PrivilegeDenied,
                string.Format(CultureInfo.InvariantCulture, "The request asks to bypass custom business logic, which needs the {0} privilege; the calling user does not hold it.", privilege));
        }

        return bypass;
    }

    private static IEnumerable<string> Split(string text) =>
        text.Split(',').Select(part => part.Trim()).Where(part => part.Length > 0);

    private static Exception Invalid(string parameter, string expected) =>
        OrganizationFaults.InvalidArgument(string.Format(CultureInfo.InvariantCulture, "The {0} optional parameter must be {1}.", parameter, expected));
}
