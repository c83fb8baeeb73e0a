using System;
using CrmJourney.Domain.Accounts;
using CrmJourney.Domain.Journey;
using CrmJourney.Domain.Rules;
using CrmJourney.Domain.Touchpoints;
using CrmJourney.Plugins.Schema;
using Microsoft.Xrm.Sdk;

namespace CrmJourney.Plugins.Mapping;

/// <summary>
/// Reads an account row into the <see cref="NurtureCandidate"/> snapshot rules are evaluated against.
/// The owner may be a user or a team (ownerid is polymorphic); the relationship partner is a user,
/// named when the lookup carries its name.
/// </summary>
public static class NurtureCandidateMapper
{
    /// <summary>The account columns <see cref="ToCandidate(Entity)"/> reads.</summary>
    public static string[] Columns() => new[]
    {
        Account.Columns.Name, Account.Columns.OwnerId, Account.Columns.JourneyStage, Account.Columns.StageEnteredOn,
        Account.Columns.Tier, Account.Columns.FormerSentiment, Account.Columns.FormerReason, Account.Columns.ProspectOutcome,
        Account.Columns.RevisitOn, Account.Columns.LastTouchpointOn, Account.Columns.LastTouchpointChannel,
        Account.Columns.FirstEngagementOn, Account.Columns.CompletedEngagementCount, Account.Columns.RelationshipPartnerId,
    };

    /// <summary>The snapshot of <paramref name="account"/> as stored; an account without an owner cannot be nurtured and is refused.</summary>
    public static NurtureCandidate ToCandidate(Entity account) =>
        ToCandidate(account, AccountMapper.Stage(account), account.GetAttributeValue<DateTime?>(Account.Columns.StageEnteredOn), userName: null);

    /// <summary>
    /// The snapshot of <paramref name="account"/> in <paramref name="stage"/> since
    /// <paramref name="stageEnteredOn"/> (its state after a move the caller has decided, e.g. dormancy,
    /// not yet written). Users are named by <paramref name="userName"/> when it knows them, else by the
    /// lookup's own name. An account without an owner cannot be nurtured and is refused.
    /// </summary>
    public static NurtureCandidate ToCandidate(Entity account, JourneyStage stage, DateTime? stageEnteredOn, Func<Guid, string?>? userName)
    {
        var owner = account.GetAttributeValue<EntityReference>(Account.Columns.OwnerId)
            ?? throw new InvalidPluginExecutionException($"The account {account.Id} has no owner, so no nurture task can be assigned; give the account an owner.");
        var partner = account.GetAttributeValue<EntityReference>(Account.Columns.RelationshipPartnerId);
        var name = account.GetAttributeValue<string>(Account.Columns.Name);
        return new NurtureCandidate(account.Id, string.IsNullOrWhiteSpace(name) ? account.Id.ToString() : name!, stage, ToPrincipal(owner, userName?.Invoke(owner.Id) ?? owner.Name))
        {
            StageEnteredOn = stageEnteredOn,
            Tier = Choices.ToEnum<ClientTier>(account.GetAttributeValue<OptionSetValue>(Account.Columns.Tier)),
            Sentiment = Choices.ToEnum<FormerSentiment>(account.GetAttributeValue<OptionSetValue>(Account.Columns.FormerSentiment)) ?? FormerSentiment.Unknown,
            FormerReason = account.GetAttributeValue<string>(Account.Columns.FormerReason),
            ProspectOutcome = Choices.ToEnum<ProspectOutcome>(account.GetAttributeValue<OptionSetValue>(Account.Columns.ProspectOutcome)) ?? ProspectOutcome.Open,
            RevisitOn = account.GetAttributeValue<DateTime?>(Account.Columns.RevisitOn),
            LastTouchpointOn = account.GetAttributeValue<DateTime?>(Account.Columns.LastTouchpointOn),
            LastTouchpointChannel = Choices.ToEnum<TouchpointChannel>(account.GetAttributeValue<OptionSetValue>(Account.Columns.LastTouchpointChannel)),
            FirstEngagementOn = account.GetAttributeValue<DateTime?>(Account.Columns.FirstEngagementOn),
            CompletedEngagementCount = Math.Max(0, account.GetAttributeValue<int?>(Account.Columns.CompletedEngagementCount) ?? 0),
            RelationshipPartner = partner == null ? null : PrincipalRef.User(partner.Id, userName?.Invoke(partner.Id) ?? partner.Name),
        };
    }

    /// <summary>A user or team reference as a domain principal, named by the lookup.</summary>
    public static PrincipalRef ToPrincipal(EntityReference principal) => ToPrincipal(principal, principal.Name);

    /// <summary>A user or team reference as a domain principal called <paramref name="name"/>.</summary>
    public static PrincipalRef ToPrincipal(EntityReference principal, string? name) =>
        principal.LogicalName == Team.LogicalName ? PrincipalRef.Team(principal.Id, name) : PrincipalRef.User(principal.Id, name);

    /// <summary>A domain principal as the user or team reference Dataverse expects in ownerid.</summary>
    public static EntityReference ToReference(PrincipalRef principal) =>
        new(principal.Kind == PrincipalKind.Team ? Team.LogicalName : SystemUser.LogicalName, principal.Id);
}
