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
        "email" => TouchpointChannel.Email,
        "phonecall" => TouchpointChannel.PhoneCall,
        "appointment" => TouchpointChannel.Meeting,
        "letter" => TouchpointChannel.Letter,
        _ => TouchpointChannel.Task,
    };
}
