using System;
using System.Collections.Generic;

namespace CrmJourney.Domain.Rules.Evaluators;

/// <summary>
/// One account in a partner digest with every reason it was flagged, each as "rule name: reason", in
/// the order the flags were given, duplicates removed. Plain text: the renderer escapes it.
/// </summary>
/// <param name="AccountId">The account id.</param>
/// <param name="AccountName">The account name.</param>
/// <param name="Reasons">"Rule name: reason" lines, at least one.</param>
public sealed record DigestEntry(Guid AccountId, string AccountName, IReadOnlyList<string> Reasons);
