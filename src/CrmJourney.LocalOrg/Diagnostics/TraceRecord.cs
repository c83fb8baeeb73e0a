using System;

namespace CrmJourney.LocalOrg.Diagnostics;

/// <summary>
/// What one plug-in execution wrote to its ITracingService, with where it ran, so tests and the CLI
/// can read a plug-in's trace the way the Plug-in Trace Log shows it in Dataverse.
/// </summary>
/// <param name="PluginType">The plug-in's type name.</param>
/// <param name="MessageName">The message the step ran on.</param>
/// <param name="PrimaryEntityName">The table the step ran on.</param>
/// <param name="Stage">10, 20 or 40.</param>
/// <param name="Mode">0 synchronous, 1 asynchronous.</param>
/// <param name="Depth">The execution depth.</param>
/// <param name="CorrelationId">The operation's correlation id (shared by nested calls).</param>
/// <param name="Text">Every traced line, newline-separated.</param>
public sealed record TraceRecord(
    string PluginType,
    string MessageName,
    string PrimaryEntityName,
    int Stage,
    int Mode,
    int Depth,
    Guid CorrelationId,
    string Text);
