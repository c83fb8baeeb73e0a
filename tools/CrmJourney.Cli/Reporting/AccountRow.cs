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
/// <param name="FormerReason">Why a former client left (cjp_formerreason), if recorded.</param>
/// <param name="StageEnteredOn">When it entered its stage (cjp_stageenteredon), if stamped.</param>
/// <param name="LastTouchpointOn">Its last touchpoint (cjp_lasttouchpointon), if any.</param>
public sealed record AccountRow(Guid Id, string Name, JourneyStage Stage, ClientTier? Tier, Guid? PartnerId, FormerSentiment Sentiment, DateTime CreatedOn, string? FormerReason = null, DateTime? StageEnteredOn = null, DateTime? LastTouchpointOn = null);
