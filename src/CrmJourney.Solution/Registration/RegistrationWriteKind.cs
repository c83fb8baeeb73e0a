namespace CrmJourney.Solution.Registration;

/// <summary>What one write of a <see cref="RegistrationPlan"/> does to its row.</summary>
public enum RegistrationWriteKind
{
    /// <summary>The row does not exist yet: created with its fixed id.</summary>
    Create,

    /// <summary>The row exists with other values: only the differing columns are written.</summary>
    Update,

    /// <summary>An image the step no longer declares: deleted.</summary>
    Delete,
}
