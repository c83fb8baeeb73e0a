using System.Collections.Generic;

namespace CrmJourney.Domain.Rules.Evaluators;

/// <summary>
/// The digests to send, ordered by recipient name then id, and the recipients skipped because their
/// last digest is within the rule's cooldown (each with the blocking key and why).
/// </summary>
/// <param name="Digests">Digests to create.</param>
/// <param name="Skipped">Recipients skipped, as outcomes.</param>
public sealed record PartnerDigestResult(IReadOnlyList<PartnerDigest> Digests, IReadOnlyList<RuleOutcome> Skipped);
