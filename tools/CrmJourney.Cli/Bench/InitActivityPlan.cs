using System;

namespace CrmJourney.Cli.Bench;

/// <summary>One completed activity of an initialization-bench account.</summary>
/// <param name="Table">email, phonecall, appointment, task or letter (always email for <see cref="InitActivityLink.EmailToContact"/>).</param>
/// <param name="CompletedOn">actualend (UTC).</param>
/// <param name="Link">How it names the account.</param>
/// <param name="Target">The contact's or opportunity's index within the account (0 when regarding the account).</param>
public sealed record InitActivityPlan(string Table, DateTime CompletedOn, InitActivityLink Link, int Target);
