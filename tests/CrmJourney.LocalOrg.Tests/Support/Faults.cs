using System;
using System.ServiceModel;
using Microsoft.Xrm.Sdk;

namespace CrmJourney.LocalOrg.Tests.Support;

/// <summary>Asserts that an action faults the way the organization service does and returns the fault's detail.</summary>
internal static class Faults
{
    public static OrganizationServiceFault Expect(int errorCode, Action action)
    {
        var exception = Assert.Throws<FaultException<OrganizationServiceFault>>(action);
        Assert.Equal(errorCode.ToString("X8"), exception.Detail.ErrorCode.ToString("X8"));
        return exception.Detail;
    }

    public static OrganizationServiceFault Expect(int errorCode, Func<object?> action) => Expect(errorCode, () => { action(); });
}
