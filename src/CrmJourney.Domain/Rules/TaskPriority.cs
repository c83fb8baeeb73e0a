namespace CrmJourney.Domain.Rules;

/// <summary>
/// The priority of the task a rule creates. The Dataverse choice value (cjp_taskpriority) is
/// 573100000 + the numeric value; the plugin maps it onto the task's own prioritycode.
/// </summary>
public enum TaskPriority
{
    /// <summary>Low priority.</summary>
    Low = 0,

    /// <summary>Normal priority (the default).</summary>
    Normal = 1,

    /// <summary>High priority.</summary>
    High = 2,
}
