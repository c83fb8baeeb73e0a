using System.Runtime.Serialization;

namespace Microsoft.Xrm.Sdk;

/// <summary>
/// The fault detail of a failed ExecuteTransaction: an OrganizationServiceFault that also says which
/// request of the batch failed, so the caller can report or fix that one request.
/// </summary>
[DataContract(Namespace = "http://schemas.microsoft.com/xrm/2011/Contracts")]
public sealed class ExecuteTransactionFault : OrganizationServiceFault
{
    /// <summary>The zero-based index of the request that failed; every request of the batch was rolled back.</summary>
    [DataMember]
    public int FaultedRequestIndex { get; set; }
}
