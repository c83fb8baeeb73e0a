using System;
using CrmJourney.Domain.Touchpoints;

namespace CrmJourney.Cli.Bench;

/// <summary>One completed activity regarding a planned account: its table and when it was completed (actualend).</summary>
/// <param name="Table">email, phonecall, appointment, task or letter.</param>
/// <param name="CompletedOn">actualend (UTC).</param>
public sealed record BenchActivityPlan(string Table, DateTime CompletedOn)
{
    /// <summary>The touchpoint channel the touchpoint plugin records for this table.</summary>
    public TouchpointChannel Channel => Table switch
    {
        Plugins.Schema.Email.LogicalName => TouchpointChannel.Email,
        Plugins.Schema.PhoneCall.LogicalName => TouchpointChannel.PhoneCall,
        Plugins.Schema.Appointment.LogicalName => TouchpointChannel.Meeting,
        Plugins.Schema.Letter.LogicalName => TouchpointChannel.Letter,
        _ => TouchpointChannel.Task,
    };

    /// <summary>The touchpoint channel of an activity of table <paramref name="table"/>.</summary>
    public static TouchpointChannel ChannelOf(string table) => new BenchActivityPlan(table, default).Channel;
}
