using System;
using Microsoft.Xrm.Sdk;

namespace CrmJourney.LocalOrg.Pipeline;

/// <summary>
/// An asynchronous step execution waiting for DrainAsync: the step and a snapshot of the operation as it
/// committed (inputs, outputs, shared variables and images), as Dataverse serializes the context into
/// the system job.
/// </summary>
internal sealed record AsyncWorkItem(
    PluginStep Step,
    OperationState State,
    EntityImageCollection PreImages,
    EntityImageCollection PostImages,
    Guid UserId);
