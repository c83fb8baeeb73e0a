using System;
using CrmJourney.Domain.Journey;
using CrmJourney.Domain.Rules;

namespace CrmJourney.Domain.Tests.Rules;

/// <summary>Valid drafts of each rule type; tests change one field with <c>with</c>.</summary>
internal static class Drafts
{
    public static readonly Guid QuietId = new("11111111-1111-1111-1111-111111111111");
    public static readonly Guid PigeonholedId = new("22222222-2222-2222-2222-222222222222");
    public static readonly Guid AdvocateId = new("33333333-3333-3333-3333-333333333333");
    public static readonly Guid NotNowId = new("44444444-4444-4444-4444-444444444444");
    public static readonly Guid ReferralId = new("55555555-5555-5555-5555-555555555555");
    public static readonly Guid DigestId = new("66666666-6666-6666-6666-666666666666");

    public static NurtureRuleDraft Quiet() => new()
    {
        Id = QuietId,
        Name = "Quiet clients",
        Type = NurtureRuleType.Quiet,
        Stages = new[] { JourneyStage.BetweenEngagements },
        ThresholdDays = 90,
        CooldownDays = 30,
        AssigneeType = AssigneeType.RelationshipPartner,
        Subject = "Reach out to {account.name}",
        Description = "{reason}",
        DueInDays = 7,
        Priority = TaskPriority.High,
    };

    public static NurtureRuleDraft Pigeonholed() => new()
    {
        Id = PigeonholedId,
        Name = "Pigeonholed clients",
        Type = NurtureRuleType.Pigeonholed,
        Stages = new[] { JourneyStage.ActiveClient, JourneyStage.BetweenEngagements },
        MinimumCompletedEngagements = 3,
        CooldownDays = 90,
        AssigneeType = AssigneeType.RelationshipPartner,
        Subject = "Introduce {servicelines.other} to {account.name}",
        Description = "{reason}",
        DueInDays = 14,
    };

    public static NurtureRuleDraft Advocate() => new()
    {
        Id = AdvocateId,
        Name = "Advocate check-in",
        Type = NurtureRuleType.AdvocateCheckIn,
        ThresholdDays = 180,
        CooldownDays = 180,
        AssigneeType = AssigneeType.RelationshipPartner,
        Subject = "Check in with {account.name}",
        Description = "{reason}",
    };

    public static NurtureRuleDraft NotNow() => new()
    {
        Id = NotNowId,
        Name = "Not-now revisit",
        Type = NurtureRuleType.NotNowRevisit,
        CooldownDays = 60,
        AssigneeType = AssigneeType.AccountOwner,
        Subject = "Revisit {account.name} (planned {revisit.date})",
    };

    public static NurtureRuleDraft Referral() => new()
    {
        Id = ReferralId,
        Name = "Referral thanks",
        Type = NurtureRuleType.ReferralThanks,
        AssigneeType = AssigneeType.RelationshipPartner,
        Subject = "Thank {referrer.name} for referring {referred.name}",
        DueInDays = 3,
    };

    public static NurtureRuleDraft Digest() => new()
    {
        Id = DigestId,
        Name = "Weekly partner digest",
        Type = NurtureRuleType.PartnerDigest,
        CooldownDays = 7,
        AssigneeType = AssigneeType.RelationshipPartner,
        Subject = "{accounts.count} accounts need attention, {partner.name}",
        Description = "From {rule.name}:",
        SendEmail = true,
    };
}
