using System;
using System.ServiceModel;
using Microsoft.Xrm.Sdk;

namespace CrmJourney.LocalOrg.Tests.Fetch;

/// <summary>Checks that an action fails as the organization service does: a fault with the expected error code and a message saying what is wrong.</summary>
internal static class FetchFaultAssert
{
    public static OrganizationServiceFault Throws(int errorCode, string messagePart, Action action)
    {
        var fault = Assert.Throws<FaultException<OrganizationServiceFault>>(action);
        Assert.Equal(errorCode, fault.Detail.ErrorCode);
        Assert.Contains(messagePart, fault.Detail.Message, StringComparison.Ordinal);
        Assert.Equal(fault.Detail.Message, fault.Message);
        return fault.Detail;
    }
}
