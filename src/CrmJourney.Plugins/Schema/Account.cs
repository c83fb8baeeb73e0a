namespace CrmJourney.Plugins.Schema;

/// <summary>The account table. A client or prospect organization; the cjp_ columns carry its journey stage and the counters the plugins keep current.</summary>
public static class Account
{
    /// <summary>The table's logical name.</summary>
    public const string LogicalName = "account";

    /// <summary>The primary id column.</summary>
    public const string PrimaryIdAttribute = "accountid";

    /// <summary>The primary name column.</summary>
    public const string PrimaryNameAttribute = "name";

    /// <summary>The column logical names this product reads or writes.</summary>
    public static class Columns
    {
        public const string AccountId = "accountid";
        public const string Name = "name";
        public const string OwnerId = "ownerid";
        public const string ParentAccountId = "parentaccountid";
        public const string StateCode = "statecode";
        public const string StatusCode = "statuscode";

        /// <summary>When the row was created: the stage-entered date of an account whose stage was never stamped.</summary>
        public const string CreatedOn = "createdon";

        public const string JourneyStage = "cjp_journeystage";

        /// <summary>When the account entered its current stage (UTC); stamped with every stage change.</summary>
        public const string StageEnteredOn = "cjp_stageenteredon";

        public const string ProspectOutcome = "cjp_prospectoutcome";

        /// <summary>Date only: when a "not now" prospect is due a revisit.</summary>
        public const string RevisitOn = "cjp_revisiton";

        public const string FormerSentiment = "cjp_formersentiment";
        public const string FormerReason = "cjp_formerreason";
        public const string RelationshipPartnerId = "cjp_relationshippartnerid";
        public const string Tier = "cjp_tier";

        /// <summary>Only ever moves forward: an older completed activity never sets it back.</summary>
        public const string LastTouchpointOn = "cjp_lasttouchpointon";

        public const string LastTouchpointChannel = "cjp_lasttouchpointchannel";
        public const string TouchpointCount = "cjp_touchpointcount";
        public const string FirstEngagementOn = "cjp_firstengagementon";
        public const string LastEngagementEndedOn = "cjp_lastengagementendedon";
        public const string ActiveEngagementCount = "cjp_activeengagementcount";
        public const string CompletedEngagementCount = "cjp_completedengagementcount";
        public const string ServiceLineCount = "cjp_servicelinecount";
        public const string ReferralCount = "cjp_referralcount";
        public const string ReferralWonCount = "cjp_referralwoncount";
        public const string LastReferralOn = "cjp_lastreferralon";
    }
}
