namespace CrmJourney.Domain.Tests.Rules.Serialization;

/// <summary>A rule-set document with one rule of each type, as sales ops would write it.</summary>
internal static class RuleSetExamples
{
    public const string AllTypes = """
        {
          "rules": [
            {
              "id": "11111111-1111-1111-1111-111111111111",
              "name": "Quiet Tier 1 clients",
              "type": "Quiet",
              "stages": ["BetweenEngagements", "ActiveClient"],
              "tiers": ["Tier1"],
              "thresholdDays": 90,
              "cooldownDays": 30,
              "assigneeType": "RelationshipPartner",
              "subject": "Reach out to {account.name}",
              "description": "{reason}",
              "dueInDays": 7,
              "priority": "High",
              "conditions": { "maximumDaysSinceTouchpoint": 730 }
            },
            {
              "id": "22222222-2222-2222-2222-222222222222",
              "name": "Pigeonholed clients",
              "type": "Pigeonholed",
              "stages": ["BetweenEngagements"],
              "minimumCompletedEngagements": 3,
              "cooldownDays": 90,
              "assigneeType": "EngagementPartner",
              "subject": "Introduce {servicelines.other} to {account.name}",
              "description": "{reason}",
              "dueInDays": 14
            },
            {
              "id": "33333333-3333-3333-3333-333333333333",
              "name": "Advocate check-in",
              "type": "AdvocateCheckIn",
              "thresholdDays": 180,
              "cooldownDays": 180,
              "assigneeType": "RelationshipPartner",
              "subject": "Check in with {account.name}",
              "priority": "Low"
            },
            {
              "id": "44444444-4444-4444-4444-444444444444",
              "name": "Not-now revisit",
              "type": "NotNowRevisit",
              "cooldownDays": 60,
              "assigneeType": "AccountOwner",
              "subject": "Revisit {account.name} (planned {revisit.date})"
            },
            {
              "id": "55555555-5555-5555-5555-555555555555",
              "name": "Referral thanks",
              "type": "ReferralThanks",
              "assigneeType": "SpecificUser",
              "assigneeUserId": "77777777-7777-7777-7777-777777777777",
              "subject": "Thank {referrer.name} for referring {referred.name}",
              "dueInDays": 3
            },
            {
              "id": "66666666-6666-6666-6666-666666666666",
              "name": "Weekly partner digest",
              "type": "PartnerDigest",
              "cooldownDays": 7,
              "assigneeType": "RelationshipPartner",
              "subject": "{accounts.count} accounts need attention, {partner.name}",
              "sendEmail": true,
              "active": false
            }
          ]
        }
        """;
}
