using System;
using Microsoft.Xrm.Sdk;

namespace CrmJourney.LocalOrg.Pipeline;

/// <summary>
/// A custom API: a message of the solution's own (e.g. cjp_RunNurtureSweep) whose main operation is a
/// plug-in. A request whose RequestName is the unique name runs the plug-in with the request's
/// parameters as InputParameters and returns its OutputParameters as the response.
/// </summary>
/// <param name="UniqueName">The message name (customapi.uniquename).</param>
/// <param name="BoundEntityLogicalName">The table of a bound API (Target is an EntityReference), or null when unbound.</param>
/// <param name="PluginTypeName">The plug-in's type name, for traces and fault messages.</param>
/// <param name="PluginFactory">Creates the plug-in (once; the instance is reused as Dataverse caches it).</param>
/// <param name="ExecutePrivilegeName">
/// The privilege a caller must hold to run the API (customapi.executeprivilegename), or null when anyone may.
/// </param>
public sealed record CustomApiDefinition(
    string UniqueName,
    string? BoundEntityLogicalName,
    string PluginTypeName,
    Func<IPlugin> PluginFactory,
    string? ExecutePrivilegeName = null);
