using Microsoft.Xrm.Sdk;

namespace Microsoft.Crm.Sdk.Messages;

/// <summary>Changes a record's state and status reason (e.g. completes an activity). A view over <see cref="Microsoft.Xrm.Sdk.OrganizationRequest.Parameters"/>: equivalent to a generic request named "SetState" with the same parameters.</summary>
public sealed class SetStateRequest : OrganizationRequest
{
    /// <summary>A SetState request with its parameters present and empty.</summary>
    public SetStateRequest()
    {
        RequestName = "SetState";
        EntityMoniker = null;
        State = null;
        Status = null;
    }

    /// <summary>The record. Parameter "EntityMoniker".</summary>
    public EntityReference EntityMoniker
    {
        get => this.GetParameter<EntityReference>("EntityMoniker");
        set => Parameters["EntityMoniker"] = value;
    }

    /// <summary>The new statecode. Parameter "State".</summary>
    public OptionSetValue State
    {
        get => this.GetParameter<OptionSetValue>("State");
        set => Parameters["State"] = value;
    }

    /// <summary>The new statuscode (-1 for the state's default). Parameter "Status".</summary>
    public OptionSetValue Status
    {
        get => this.GetParameter<OptionSetValue>("Status");
        set => Parameters["Status"] = value;
    }
}
