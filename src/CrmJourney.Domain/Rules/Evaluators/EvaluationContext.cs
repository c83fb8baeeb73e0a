using System;
using System.Collections.Generic;
using System.Linq;
using CrmJourney.Domain.Engagements;
using CrmJourney.Domain.Metrics;
using CrmJourney.Domain.Time;

namespace CrmJourney.Domain.Rules.Evaluators;

/// <summary>
/// What every evaluation needs besides the rule and the account: the as-of instant (read once from an
/// <see cref="IClock"/>, so a whole sweep or preview sees one "now"), the active service-line catalogue
/// and the prior firings of the rules being evaluated. Immutable.
/// </summary>
public sealed class EvaluationContext
{
    /// <summary>Creates a context as of <paramref name="clock"/>'s current instant.</summary>
    public EvaluationContext(IClock clock, IEnumerable<ServiceLine> catalogue, IEnumerable<PriorFiring> priorFirings)
    {
        if (clock is null)
        {
            throw new ArgumentNullException(nameof(clock));
        }

        AsOf = clock.UtcNow;
        Catalogue = (catalogue ?? throw new ArgumentNullException(nameof(catalogue))).GroupBy(s => s.Id).Select(g => g.First()).ToList();
        PriorFirings = (priorFirings ?? throw new ArgumentNullException(nameof(priorFirings))).ToList();
    }

    /// <summary>The as-of instant (UTC); day counts use its date.</summary>
    public DateTime AsOf { get; }

    /// <summary>The firm's active service lines, distinct by id.</summary>
    public IReadOnlyList<ServiceLine> Catalogue { get; }

    /// <summary>
    /// Which service lines clients buy together (the Pigeonholed rule's evidence for what to introduce);
    /// empty unless the caller read it, in which case the rule lists the other lines instead.
    /// </summary>
    public ServiceLineAffinity Affinity { get; init; } = ServiceLineAffinity.Empty;

    /// <summary>Earlier firings (any rules, any accounts).</summary>
    public IReadOnlyList<PriorFiring> PriorFirings { get; }
}
