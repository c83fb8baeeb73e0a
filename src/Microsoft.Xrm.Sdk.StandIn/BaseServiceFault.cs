using System;
using System.Runtime.Serialization;

namespace Microsoft.Xrm.Sdk;

/// <summary>The detail of a service fault: an error code (an HRESULT such as 0x80040217 "not found") and a message.</summary>
[DataContract(Namespace = "http://schemas.microsoft.com/xrm/2011/Contracts")]
public class BaseServiceFault : IExtensibleDataObject
{
    private ErrorDetailCollection _errorDetails;

    // No public constructor, as in the real SDK: services throw the derived OrganizationServiceFault.
    internal BaseServiceFault()
    {
    }

    /// <summary>The platform's activity id for support.</summary>
    [DataMember]
    public Guid ActivityId { get; set; }

    /// <summary>The error code, e.g. -2147220969 (0x80040217) for a missing record.</summary>
    [DataMember]
    public int ErrorCode { get; set; }

    /// <summary>Extra details.</summary>
    public ErrorDetailCollection ErrorDetails
    {
        get => _errorDetails ??= new ErrorDetailCollection();
        set => _errorDetails = value;
    }

    /// <summary>A help link, when the platform has one.</summary>
    [DataMember]
    public string HelpLink { get; set; }

    /// <summary>The message, written for the user.</summary>
    [DataMember]
    public string Message { get; set; }

    /// <summary>When the fault happened (UTC).</summary>
    [DataMember]
    public DateTime Timestamp { get; set; }

    /// <inheritdoc />
    public ExtensionDataObject ExtensionData { get; set; }
}
