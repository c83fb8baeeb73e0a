using System;

namespace CrmJourney.LocalOrg.Querying;

/// <summary>What relative conditions are evaluated against: the operation's time (UTC) and the calling user.</summary>
internal sealed record QueryEnvironment(DateTime Now, Guid UserId);
