using System.Collections.Generic;
using CrmJourney.Domain.Metrics;

namespace CrmJourney.Cli.Reporting;

/// <summary>
/// Former clients (at the end of the period) with one sentiment: how many, why they left, and the
/// referrals accounts of that sentiment made in the period (the advocates-vs-detractors comparison).
/// </summary>
/// <param name="Sentiment">Advocate, Detractor or Unknown.</param>
/// <param name="Accounts">Former clients with that sentiment at the end.</param>
/// <param name="Reasons">Their recorded reasons for leaving, most first.</param>
/// <param name="Referrers">Of them, accounts that made a referral in the period.</param>
/// <param name="Referrals">The referrals they made in the period.</param>
public sealed record SentimentRow(string Sentiment, int Accounts, IReadOnlyList<ReasonCount> Reasons, int Referrers, int Referrals);
