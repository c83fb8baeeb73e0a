using System;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;

namespace CrmJourney.Cli.Generation;

/// <summary>A row created (<see cref="Update"/> false) or changed (true) as a user would.</summary>
/// <param name="When">When.</param>
/// <param name="Kind">What kind of event.</param>
/// <param name="Row">The row, with its id.</param>
/// <param name="Update">True for an Update, false for a Create.</param>
public sealed record RowEvent(DateTime When, HistoryEventKind Kind, Entity Row, bool Update) : HistoryEvent(When, Kind)
{
    /// <inheritdoc />
    public override OrganizationRequest ToRequest(IOrganizationService service) =>
        Update ? new UpdateRequest { Target = Row } : new CreateRequest { Target = Row };
}
