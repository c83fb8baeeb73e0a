using System;
using System.Linq;
using CrmJourney.Domain.Journey;
using CrmJourney.Domain.Touchpoints;
using CrmJourney.Plugins.Mapping;
using CrmJourney.Plugins.Schema;
using CrmJourney.Plugins.Tests.Sweep;
using Microsoft.Xrm.Sdk;

namespace CrmJourney.Plugins.Tests.Touchpoints;

/// <summary>
/// System jobs (asyncoperation rows) the touchpoint steps queue, with every product step registered as
/// the solution ships them: none for the open tasks a sweep creates, one per activity completed later.
/// </summary>
public sealed class TouchpointSystemJobTests
{
    private const int QuietAccounts = 25;

    [Fact]
    public void A_sweep_that_creates_open_nurture_tasks_queues_no_system_job()
    {
        var world = QuietWorld();

        var result = world.Sweep();
        world.Org.Local.DrainAsync();

        Assert.Equal(QuietAccounts, result.Summary.TasksCreated);
        Assert.Empty(world.Org.Local.SystemJobs());
    }

    [Fact]
    public void Completing_one_nurture_task_queues_one_system_job_which_counts_the_touchpoint()
    {
        var world = QuietWorld();
        world.Sweep();
        world.Org.Local.DrainAsync();
        var task = world.Tasks.First();
        var account = task.GetAttributeValue<EntityReference>(Task.Columns.RegardingObjectId)!.Id;

        world.Org.Local.Update(new Entity(Task.LogicalName, task.Id)
        {
            [Task.Columns.StateCode] = new OptionSetValue(ActivityStateCodes.Completed),
            [Task.Columns.StatusCode] = new OptionSetValue(ActivityStateCodes.TaskCompletedStatus),
            [Task.Columns.ActualEnd] = SweepWorld.AsOf,
        });
        world.Org.Local.DrainAsync();

        var job = Assert.Single(world.Org.Local.SystemJobs());
        Assert.Equal("Update", job.GetAttributeValue<string>("messagename"));
        Assert.Equal(task.Id, job.GetAttributeValue<Guid>("regardingobjectid"));
        Assert.Equal(1, world.AccountRow(account).GetAttributeValue<int>(Account.Columns.TouchpointCount));
    }

    [Fact]
    public void An_activity_saved_completed_is_counted_in_the_save_and_queues_no_system_job()
    {
        var world = QuietWorld();
        var account = world.AddAccount("Walk-in Ltd", JourneyStage.Prospect);

        world.Org.Local.Create(new Entity(PhoneCall.LogicalName)
        {
            [PhoneCall.Columns.RegardingObjectId] = new EntityReference(Account.LogicalName, account),
            [PhoneCall.Columns.StateCode] = new OptionSetValue(ActivityStateCodes.Completed),
            [PhoneCall.Columns.ActualEnd] = SweepWorld.AsOf,
        });
        world.Org.Local.DrainAsync();

        Assert.Empty(world.Org.Local.SystemJobs());
        Assert.Equal(1, world.AccountRow(account).GetAttributeValue<int>(Account.Columns.TouchpointCount));
    }

    private static SweepWorld QuietWorld()
    {
        var world = new SweepWorld(withProductSteps: true);
        world.QuietRule();
        for (var i = 0; i < QuietAccounts; i++)
        {
            world.AddAccount("Quiet " + i, JourneyStage.BetweenEngagements, a =>
            {
                a[Account.Columns.LastTouchpointOn] = SweepWorld.Day(2026, 5, 1);
                a[Account.Columns.LastTouchpointChannel] = Choices.ToOptionSetValue(TouchpointChannel.Email);
                a[Account.Columns.RelationshipPartnerId] = new EntityReference(SystemUser.LogicalName, SweepWorld.Alice);
            });
        }

        return world;
    }
}
