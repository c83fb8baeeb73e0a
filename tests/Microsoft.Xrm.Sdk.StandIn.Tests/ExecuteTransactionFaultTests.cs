using System.ServiceModel;

namespace Microsoft.Xrm.Sdk.StandIn.Tests;

public sealed class ExecuteTransactionFaultTests
{
    [Fact]
    public void A_caller_catching_the_organization_fault_reads_the_faulted_index_by_casting_the_detail()
    {
        var detail = new ExecuteTransactionFault { FaultedRequestIndex = 3, ErrorCode = -2147220969, Message = "account With Id = 1 Does Not Exist" };

        var caught = Assert.Throws<FaultException<OrganizationServiceFault>>(() => Throw(detail));

        var transactionFault = Assert.IsType<ExecuteTransactionFault>(caught.Detail);
        Assert.Equal(3, transactionFault.FaultedRequestIndex);
        Assert.Equal(-2147220969, caught.Detail.ErrorCode);
    }

    [Fact]
    public void The_fault_text_includes_the_code_in_hexadecimal_and_the_message()
    {
        var detail = new ExecuteTransactionFault { FaultedRequestIndex = 0, ErrorCode = unchecked((int)0x80040217), Message = "Missing." };

        Assert.Equal("OrganizationServiceFault 0x80040217: Missing.", detail.ToString());
    }

    private static void Throw(OrganizationServiceFault detail) =>
        throw new FaultException<OrganizationServiceFault>(detail, new FaultReason(detail.Message));
}
