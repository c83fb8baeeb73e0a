using System.Collections.Generic;

namespace CrmJourney.LocalOrg.Messages;

/// <summary>The handlers every organization starts with, one per supported message.</summary>
public static class StandardMessageHandlers
{
    /// <summary>New instances of the standard handlers.</summary>
    public static IReadOnlyList<IMessageHandler> Create() => new IMessageHandler[]
    {
        new CreateHandler(),
        new RetrieveHandler(),
        new UpdateHandler(),
        new DeleteHandler(),
        new RetrieveMultipleHandler(),
        new ExecuteMultipleHandler(),
        new ExecuteTransactionHandler(),
        new CreateMultipleHandler(),
        new UpdateMultipleHandler(),
        new UpsertHandler(),
        new AssociateHandler(),
        new DisassociateHandler(),
        new SetStateHandler(),
        new AssignHandler(),
        new WinOpportunityHandler(),
        new LoseOpportunityHandler(),
        new SendEmailHandler(),
        new WhoAmIHandler(),
    };
}
