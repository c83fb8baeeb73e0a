using System.Collections.Generic;
using CrmJourney.Plugins.Mapping;
using Microsoft.Xrm.Sdk;

namespace CrmJourney.Plugins.Referrals;

/// <summary>The referrer as the referral step reads it.</summary>
/// <param name="Account">The credited account (given, or the contact's parent) with its snapshot and counter columns; null when only a contact without an account referred.</param>
/// <param name="ExistingForPair">The referrals already logged for this referrer and referred record (empty for a new pair).</param>
public sealed record Referrer(Entity? Account, IReadOnlyList<StoredReferral> ExistingForPair);
