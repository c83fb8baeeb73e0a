using System;

namespace CrmJourney.Domain.Initialization;

/// <summary>
/// A won opportunity of the account that no engagement names yet: the work the firm was hired for before the
/// product was installed. <see cref="ServiceLineId"/> is the opportunity's cjp_servicelineid, usually empty in an
/// organization that predates the solution (the column ships with it).
/// </summary>
public sealed record WonDeal
{
    /// <summary>Creates the deal; the opportunity id must not be empty and the value not negative.</summary>
    public WonDeal(Guid opportunityId, string name, DateTime wonOn, decimal value, Guid? serviceLineId)
    {
        if (opportunityId == Guid.Empty)
        {
            throw new ArgumentException("A won deal is an opportunity: pass its id.", nameof(opportunityId));
        }

        OpportunityId = opportunityId;
        Name = string.IsNullOrWhiteSpace(name) ? "Won opportunity" : name;
        WonOn = wonOn;
        Value = value < 0m ? 0m : value;
        ServiceLineId = serviceLineId == Guid.Empty ? null : serviceLineId;
    }

    /// <summary>The opportunity.</summary>
    public Guid OpportunityId { get; }

    /// <summary>Its name, which the engagement takes.</summary>
    public string Name { get; }

    /// <summary>When it was won (actualclosedate).</summary>
    public DateTime WonOn { get; }

    /// <summary>The actual revenue (actualvalue, else estimated); a negative value counts as 0.</summary>
    public decimal Value { get; }

    /// <summary>The opportunity's service line, if set.</summary>
    public Guid? ServiceLineId { get; }
}
