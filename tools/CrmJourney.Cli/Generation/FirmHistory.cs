using System;
using System.Collections.Generic;
using Microsoft.Xrm.Sdk;

namespace CrmJourney.Cli.Generation;

/// <summary>
/// A generated firm: the rows that exist before the history starts (partners, service lines) and the
/// events of its history in the order they happened. Replaying it through an organization that runs
/// the product's plugins gives the firm's data.
/// </summary>
/// <param name="Start">The first day of the history (UTC midnight).</param>
/// <param name="End">The day after the last (UTC midnight, exclusive).</param>
/// <param name="Setup">Rows created before the first event: partners (systemuser) and the service-line catalogue.</param>
/// <param name="Events">The history, ordered by time.</param>
public sealed record FirmHistory(DateTime Start, DateTime End, IReadOnlyList<Entity> Setup, IReadOnlyList<HistoryEvent> Events);
