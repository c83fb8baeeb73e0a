using System;
using CrmJourney.Plugins.Mapping;
using Microsoft.Xrm.Sdk;

namespace CrmJourney.Plugins.Sweep;

/// <summary>
/// The cjp_RunNurtureSweep request parameters as typed values. Every parameter is optional: no AsOf
/// means the operation's own time, no DryRun means false, no RuleId means every active rule, a blank
/// token starts a new sweep. A parameter of the wrong type is refused with the type it must have.
/// </summary>
/// <param name="AsOf">The instant to evaluate against (UTC), or null for "now".</param>
/// <param name="DryRun">Compute only, write nothing.</param>
/// <param name="RuleId">The only rule to run, or null for all.</param>
/// <param name="ContinuationToken">The previous call's token, or null.</param>
public sealed record SweepRequest(DateTime? AsOf, bool DryRun, Guid? RuleId, string? ContinuationToken)
{
    /// <summary>Reads the request from a custom API's input parameters.</summary>
    public static SweepRequest From(ParameterCollection inputs)
    {
        if (inputs == null)
        {
            throw new ArgumentNullException(nameof(inputs));
        }

        var asOf = Read<DateTime?>(inputs, RunNurtureSweepApi.Inputs.AsOf, "a date and time");
        var token = Read<string>(inputs, RunNurtureSweepApi.Inputs.ContinuationToken, "text");
        return new SweepRequest(
            asOf is DateTime value ? (value.Kind == DateTimeKind.Local ? value.ToUniversalTime() : DateTime.SpecifyKind(value, DateTimeKind.Utc)) : null,
            Read<bool?>(inputs, RunNurtureSweepApi.Inputs.DryRun, "true or false") ?? false,
            Read<Guid?>(inputs, RunNurtureSweepApi.Inputs.RuleId, "a rule id (Guid)") is Guid id && id != Guid.Empty ? id : null,
            string.IsNullOrWhiteSpace(token) ? null : token);
    }

    private static T? Read<T>(ParameterCollection inputs, string name, string expected) => CustomApiInputs.Read<T>(inputs, name, RunNurtureSweepApi.UniqueName, expected);
}
