using System.Globalization;
using System.Runtime.Serialization;

namespace Microsoft.Xrm.Sdk;

/// <summary>
/// The detail of the <c>FaultException&lt;OrganizationServiceFault&gt;</c> the organization service
/// throws; a fault raised inside a plugin carries the plugin's trace in <see cref="TraceText"/>.
/// </summary>
[DataContract(Namespace = "http://schemas.microsoft.com/xrm/2011/Contracts")]
public class OrganizationServiceFault : BaseServiceFault
{
    /// <summary>The fault that caused this one, if any.</summary>
    [DataMember]
    public OrganizationServiceFault InnerFault { get; set; }

    /// <summary>The plugin trace captured when a plugin failed.</summary>
    [DataMember]
    public string TraceText { get; set; }

    /// <summary>Code and message, then the inner fault's.</summary>
    public override string ToString()
    {
        var text = string.Format(CultureInfo.InvariantCulture, "OrganizationServiceFault 0x{0:x8}: {1}", ErrorCode, Message);
        return InnerFault == null ? text : text + " ---> " + InnerFault;
    }
}
