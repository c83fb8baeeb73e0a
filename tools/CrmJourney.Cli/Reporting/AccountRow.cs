using System;
using CrmJourney.Domain.Accounts;
using CrmJourney.Domain.Journey;

namespace CrmJourney.Cli.Reporting;

/// <summary>One account as the report reads it: its stored stage and the columns the quiet and pigeonholed figures need.</summary>
/// <param name="Id">The account id.</param>
/// <param name="Name">Its name.</param>
/// <param name="Stage">Its stage now (cjp_journeystage; empty is a prospect).</param>
/// <param name="Tier">Its tier, if set.</param>
/// <param name="PartnerId">Its relationship partner, if set.</param>
/// <param name="Sentiment">Former-client sentiment.</param>
/// <param name="CreatedOn">When the account was created.</param>
public sealed record AccountRow(Guid Id, string Name, JourneyStage Stage, ClientTier? Tier, Guid? PartnerId, FormerSentiment Sentiment, DateTime CreatedOn);
