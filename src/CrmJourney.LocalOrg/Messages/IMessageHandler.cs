using Microsoft.Xrm.Sdk;

namespace CrmJourney.LocalOrg.Messages;

/// <summary>
/// The main operation of one message (Dataverse's stage 30). The organization wraps it in the event
/// pipeline (steps, images, transaction, counters); a handler only reads its inputs and does the work.
/// One class per message, registered with the builder's <c>AddMessageHandler</c>.
/// </summary>
public interface IMessageHandler
{
    /// <summary>The message name the handler serves (RequestName), e.g. "Create".</summary>
    string MessageName { get; }

    /// <summary>
    /// The RequestName clients send, when it differs from the message name steps are registered on
    /// (WinOpportunityRequest is sent as "WinOpportunity" and runs the "Win" message).
    /// </summary>
    string RequestName => MessageName;

    /// <summary>The table and row the request acts on, read from the request before anything runs.</summary>
    MessageTarget Describe(OrganizationRequest request);

    /// <summary>
    /// Performs the operation with the pipeline's (possibly plug-in-changed) inputs and returns the
    /// typed response; outputs go in <see cref="MessageExecution.OutputParameters"/>.
    /// </summary>
    OrganizationResponse Execute(MessageExecution execution);
}
