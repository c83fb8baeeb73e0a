namespace CrmJourney.Cli.Bench;

/// <summary>The kinds of rows the bench dataset makes, each with its own id range (see <see cref="BenchIds"/>).</summary>
public enum BenchRowKind
{
    /// <summary>Relationship partners (systemuser).</summary>
    Partner = 1,

    /// <summary>The service-line catalogue (cjp_serviceline).</summary>
    ServiceLine = 2,

    /// <summary>Accounts.</summary>
    Account = 3,

    /// <summary>Engagements (cjp_engagement).</summary>
    Engagement = 4,

    /// <summary>Completed activities of every type.</summary>
    Activity = 5,

    /// <summary>Contacts (the initialization bench: 2–4 per account).</summary>
    Contact = 6,

    /// <summary>Opportunities (the initialization bench: won, lost and open).</summary>
    Opportunity = 7,

    /// <summary>Leads another account referred (the initialization bench).</summary>
    Lead = 8,
}
