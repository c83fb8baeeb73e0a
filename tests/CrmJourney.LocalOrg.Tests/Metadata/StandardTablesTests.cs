using System.Linq;
using CrmJourney.LocalOrg.Metadata;

namespace CrmJourney.LocalOrg.Tests.Metadata;

public sealed class StandardTablesTests
{
    [Fact]
    public void The_standard_tables_form_a_valid_catalog_with_their_relationships()
    {
        var catalog = MetadataCatalog.Empty.With(StandardTables.All);
        foreach (var relationship in StandardTables.Relationships)
        {
            catalog = catalog.With(relationship);
        }

        Assert.Empty(catalog.Validate());
    }

    [Fact]
    public void Opportunity_is_open_won_or_lost_with_Dataverses_status_reasons()
    {
        var opportunity = StandardTables.Opportunity;

        Assert.Equal(new[] { (0, "Open"), (1, "Won"), (2, "Lost") }, opportunity.States.Select(state => (state.Value, state.Name)));
        Assert.Equal(new[] { 3 }, opportunity.FindState(1)!.StatusReasons);
        Assert.Equal(new[] { 4, 5 }, opportunity.FindState(2)!.StatusReasons);
        Assert.True(opportunity.FindColumn("estimatedclosedate")!.DateOnly);
    }

    [Fact]
    public void Email_sent_is_status_reason_three_of_the_completed_state()
    {
        Assert.Contains(3, StandardTables.Email.FindState(1)!.StatusReasons);
        Assert.Equal(1, StandardTables.Email.FindState(0)!.DefaultStatusReason);
    }

    [Fact]
    public void Every_activity_uses_activityid_and_a_regarding_lookup_to_the_four_journey_tables()
    {
        var activities = new[] { StandardTables.Task, StandardTables.Email, StandardTables.PhoneCall, StandardTables.Appointment, StandardTables.Letter };

        Assert.All(activities, activity =>
        {
            Assert.Equal("activityid", activity.PrimaryIdColumn);
            Assert.Equal("subject", activity.PrimaryNameColumn);
            Assert.Equal(new[] { "account", "contact", "lead", "opportunity" }, activity.FindColumn("regardingobjectid")!.Targets);
        });
    }

    [Fact]
    public void A_relationship_to_a_column_the_table_lacks_is_reported()
    {
        var catalog = MetadataCatalog.Empty.With(StandardTables.All).With(new RelationshipDefinition("bad", "account", "contact", "cjp_missing"));

        Assert.Contains(catalog.Validate(), problem => problem.Contains("'bad'"));
    }
}
