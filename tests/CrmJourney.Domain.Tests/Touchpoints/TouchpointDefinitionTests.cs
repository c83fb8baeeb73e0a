using System;
using System.Collections.Generic;
using CrmJourney.Domain.Touchpoints;

namespace CrmJourney.Domain.Tests.Touchpoints;

public sealed class TouchpointDefinitionTests
{
    private static readonly Guid _acme = Guid.NewGuid();
    private static readonly Guid _globex = Guid.NewGuid();
    private static readonly Guid _acmeAnna = Guid.NewGuid();
    private static readonly Guid _acmeBen = Guid.NewGuid();
    private static readonly Guid _globexCleo = Guid.NewGuid();
    private static readonly Guid _orphanContact = Guid.NewGuid();
    private static readonly Guid _acmeDeal = Guid.NewGuid();
    private static readonly Guid _acmeLead = Guid.NewGuid();
    private static readonly Guid _globexEngagement = Guid.NewGuid();

    private static readonly AccountLinks _links = new(
        contactAccounts: new Dictionary<Guid, Guid> { [_acmeAnna] = _acme, [_acmeBen] = _acme, [_globexCleo] = _globex },
        opportunityAccounts: new Dictionary<Guid, Guid> { [_acmeDeal] = _acme },
        leadAccounts: new Dictionary<Guid, Guid> { [_acmeLead] = _acme },
        engagementAccounts: new Dictionary<Guid, Guid> { [_globexEngagement] = _globex });

    private static readonly ActivityParty[] _noParties = [];

    [Fact]
    public void Regarding_the_account_touches_it()
    {
        Assert.Equal([_acme], TouchpointDefinition.AccountsTouched(RecordRef.Account(_acme), _noParties, _links));
    }

    [Fact]
    public void Regarding_a_contact_touches_its_parent_account()
    {
        Assert.Equal([_globex], TouchpointDefinition.AccountsTouched(RecordRef.Contact(_globexCleo), _noParties, _links));
    }

    [Fact]
    public void Regarding_an_opportunity_touches_its_account()
    {
        Assert.Equal([_acme], TouchpointDefinition.AccountsTouched(RecordRef.Opportunity(_acmeDeal), _noParties, _links));
    }

    [Fact]
    public void Regarding_a_lead_touches_its_account()
    {
        Assert.Equal([_acme], TouchpointDefinition.AccountsTouched(RecordRef.Lead(_acmeLead), _noParties, _links));
    }

    [Fact]
    public void Regarding_an_engagement_touches_its_account()
    {
        Assert.Equal([_globex], TouchpointDefinition.AccountsTouched(RecordRef.Engagement(_globexEngagement), _noParties, _links));
    }

    [Fact]
    public void Regarding_a_contact_without_an_account_touches_nothing()
    {
        Assert.Empty(TouchpointDefinition.AccountsTouched(RecordRef.Contact(_orphanContact), _noParties, _links));
    }

    [Fact]
    public void Regarding_a_row_of_another_table_touches_nothing()
    {
        Assert.Empty(TouchpointDefinition.AccountsTouched(new RecordRef(RecordKind.Other, _acme), _noParties, _links));
    }

    [Theory]
    [InlineData(ParticipationType.Sender)]
    [InlineData(ParticipationType.ToRecipient)]
    [InlineData(ParticipationType.CcRecipient)]
    [InlineData(ParticipationType.BccRecipient)]
    [InlineData(ParticipationType.RequiredAttendee)]
    [InlineData(ParticipationType.OptionalAttendee)]
    [InlineData(ParticipationType.Organizer)]
    [InlineData(ParticipationType.Customer)]
    public void A_contact_in_a_contact_role_touches_its_account_with_no_regarding(ParticipationType role)
    {
        var parties = new[] { new ActivityParty(role, RecordRef.Contact(_acmeAnna)) };

        Assert.Equal([_acme], TouchpointDefinition.AccountsTouched(null, parties, _links));
    }

    [Fact]
    public void The_account_itself_as_a_party_touches_it()
    {
        var parties = new[] { new ActivityParty(ParticipationType.ToRecipient, RecordRef.Account(_globex)) };

        Assert.Equal([_globex], TouchpointDefinition.AccountsTouched(null, parties, _links));
    }

    [Theory]
    [InlineData(ParticipationType.Regarding)]
    [InlineData(ParticipationType.Owner)]
    [InlineData(ParticipationType.Resource)]
    [InlineData(ParticipationType.ChatParticipant)]
    [InlineData(ParticipationType.Related)]
    public void A_contact_in_a_role_that_is_not_contact_with_the_client_is_ignored(ParticipationType role)
    {
        var parties = new[] { new ActivityParty(role, RecordRef.Contact(_acmeAnna)) };

        Assert.Empty(TouchpointDefinition.AccountsTouched(null, parties, _links));
    }

    [Fact]
    public void An_opportunity_named_as_a_party_is_not_a_person_and_is_ignored()
    {
        var parties = new[] { new ActivityParty(ParticipationType.ToRecipient, RecordRef.Opportunity(_acmeDeal)) };

        Assert.Empty(TouchpointDefinition.AccountsTouched(null, parties, _links));
    }

    [Fact]
    public void Unrelated_parties_are_ignored()
    {
        var user = new RecordRef(RecordKind.Other, Guid.NewGuid());
        var parties = new[]
        {
            new ActivityParty(ParticipationType.Sender, user),
            new ActivityParty(ParticipationType.ToRecipient, RecordRef.Contact(_orphanContact)),
            new ActivityParty(ParticipationType.CcRecipient, RecordRef.Contact(Guid.NewGuid())),
        };

        Assert.Empty(TouchpointDefinition.AccountsTouched(null, parties, _links));
    }

    [Fact]
    public void An_activity_counts_once_per_account_however_many_parties_match()
    {
        var parties = new[]
        {
            new ActivityParty(ParticipationType.ToRecipient, RecordRef.Contact(_acmeAnna)),
            new ActivityParty(ParticipationType.CcRecipient, RecordRef.Contact(_acmeBen)),
            new ActivityParty(ParticipationType.BccRecipient, RecordRef.Account(_acme)),
        };

        Assert.Equal([_acme], TouchpointDefinition.AccountsTouched(RecordRef.Opportunity(_acmeDeal), parties, _links));
    }

    [Fact]
    public void An_activity_with_people_of_two_clients_touches_both_regarding_first()
    {
        var parties = new[]
        {
            new ActivityParty(ParticipationType.RequiredAttendee, RecordRef.Contact(_globexCleo)),
            new ActivityParty(ParticipationType.RequiredAttendee, RecordRef.Contact(_acmeAnna)),
        };

        Assert.Equal([_acme, _globex], TouchpointDefinition.AccountsTouched(RecordRef.Lead(_acmeLead), parties, _links));
    }
}
