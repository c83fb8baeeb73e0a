using CrmJourney.LocalOrg.Faults;
using CrmJourney.LocalOrg.Metadata;
using Microsoft.Crm.Sdk.Messages;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace CrmJourney.LocalOrg.Messages;

/// <summary>
/// SendEmail: marks the open email as sent (statecode Completed 1, statuscode Sent 3, senton now) and
/// returns its subject. No mail leaves the machine.
/// </summary>
public sealed class SendEmailHandler : IMessageHandler
{
    /// <inheritdoc />
    public string MessageName => "SendEmail";

    /// <inheritdoc />
    public MessageTarget Describe(OrganizationRequest request) =>
        new(StandardTableNames.Email, Parameters.OptionalValue<System.Guid>(request.Parameters, "EmailId") ?? System.Guid.Empty);

    /// <inheritdoc />
    public OrganizationResponse Execute(MessageExecution execution)
    {
        var emailId = Parameters.OptionalValue<System.Guid>(execution.InputParameters, "EmailId")
            ?? throw OrganizationFaults.InvalidArgument("Required field 'EmailId' is missing.");
        var email = execution.Rows.Retrieve(StandardTableNames.Email, emailId, new ColumnSet("subject", SystemColumns.StateCode));
        if (email.GetAttributeValue<OptionSetValue>(SystemColumns.StateCode)?.Value != 0)
        {
            throw OrganizationFaults.Create(ErrorCodes.InvalidState, $"The email {emailId:D} is not open (draft), so it cannot be sent.");
        }

        execution.Rows.Update(new Entity(StandardTableNames.Email, emailId)
        {
            [SystemColumns.StateCode] = new OptionSetValue(1),
            [SystemColumns.StatusCode] = new OptionSetValue(3),
            ["senton"] = execution.Now,
        });
        execution.OutputParameters["Subject"] = email.GetAttributeValue<string>("subject");
        return execution.Respond(new SendEmailResponse());
    }
}
