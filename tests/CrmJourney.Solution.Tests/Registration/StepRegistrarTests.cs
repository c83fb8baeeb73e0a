using System;
using System.Linq;
using CrmJourney.Plugins.Opportunities;
using CrmJourney.Plugins.Registration;
using CrmJourney.Solution.Registration;
using CrmJourney.Solution.Tests.Samples;
using Microsoft.Xrm.Sdk;

namespace CrmJourney.Solution.Tests.Registration;

public sealed class StepRegistrarTests
{
    // The ids the product's Win and Lose steps declare in their [PluginStep] attributes.
    private static readonly Guid _winStepId = new("9a14f393-cdfe-4e49-9cb7-17cc0995d4a0");
    private static readonly Guid _loseStepId = new("6c9e7f87-77c8-4861-a4b8-2cbc50a009b9");

    private static PluginCatalog Product => PluginCatalog.ForProductPlugins();

    // An exportable Update step (skipped: its step file carries it), the sample Win step, and a custom-message step with both images.
    private static PluginCatalog Samples => PluginCatalog.FromTypes(new[] { typeof(WidgetStagePlugin), typeof(WidgetWonPlugin), typeof(WidgetArchivedPlugin) });

    [Fact]
    public void The_product_Win_and_Lose_steps_are_registered_against_the_messages_filters_and_plugin_types_found_by_name()
    {
        var target = RegistrationTarget.Seeded();

        new StepRegistrar(target.Organization).Register(Product.Steps);

        var steps = target.Rows("sdkmessageprocessingstep");
        Assert.Equal(new[] { _loseStepId, _winStepId }.OrderBy(id => id), steps.Select(s => s.Id));
        var win = steps.Single(s => s.Id == _winStepId);
        Assert.Equal(RegistrationTarget.WinMessageId, win.GetAttributeValue<EntityReference>("sdkmessageid")!.Id);
        Assert.Equal(RegistrationTarget.WinFilterId, win.GetAttributeValue<EntityReference>("sdkmessagefilterid")!.Id);
        Assert.Equal(target.PluginTypeId(RegistrationTarget.WonPlugin), win.GetAttributeValue<EntityReference>("eventhandler")!.Id);
        Assert.Equal(40, win.GetAttributeValue<OptionSetValue>("stage")!.Value);
        Assert.Equal(0, win.GetAttributeValue<OptionSetValue>("mode")!.Value);
        Assert.Equal(1, win.GetAttributeValue<int>("rank"));
        Assert.Equal(0, win.GetAttributeValue<OptionSetValue>("supporteddeployment")!.Value);
        Assert.False(win.GetAttributeValue<bool>("asyncautodelete"));
        Assert.Null(win.GetAttributeValue<string>("configuration"));
        Assert.Equal("Creates the engagement of a won opportunity and credits its referral as won.", win.GetAttributeValue<string>("description"));
        var lose = steps.Single(s => s.Id == _loseStepId);
        Assert.Equal(RegistrationTarget.LoseMessageId, lose.GetAttributeValue<EntityReference>("sdkmessageid")!.Id);
        Assert.Equal(RegistrationTarget.LoseFilterId, lose.GetAttributeValue<EntityReference>("sdkmessagefilterid")!.Id);
        Assert.Equal(target.PluginTypeId(RegistrationTarget.LostPlugin), lose.GetAttributeValue<EntityReference>("eventhandler")!.Id);
        Assert.Equal(LoseOutcomeConfiguration.Default, lose.GetAttributeValue<string>("configuration"));
        Assert.Empty(target.Rows("sdkmessageprocessingstepimage"));
    }

    [Fact]
    public void Registering_costs_the_five_set_based_reads_plus_one_create_per_step()
    {
        var target = RegistrationTarget.Seeded();

        var plan = new StepRegistrar(target.Organization).Register(Product.Steps);

        // 5 reads (messages, filters, plugin types, existing steps, existing images) + 2 steps + 0 images.
        Assert.Equal(7, target.Organization.Counters.Total);
        Assert.Equal(5, target.Organization.Counters.For("RetrieveMultiple"));
        Assert.Equal(2, target.Organization.Counters.For("Create", "sdkmessageprocessingstep"));
        Assert.Equal(2, plan.Count(RegistrationWriteKind.Create));
    }

    [Fact]
    public void A_second_run_changes_nothing_and_costs_only_the_reads()
    {
        var target = RegistrationTarget.Seeded();
        var registrar = new StepRegistrar(target.Organization);
        registrar.Register(Product.Steps);
        var before = target.Rows("sdkmessageprocessingstep").Select(s => (s.Id, s.GetAttributeValue<DateTime>("modifiedon"))).ToList();
        target.Organization.Counters.Reset();

        var again = registrar.Register(Product.Steps);

        Assert.True(again.IsEmpty);
        Assert.Equal(5, target.Organization.Counters.Total);
        Assert.Equal(5, target.Organization.Counters.For("RetrieveMultiple"));
        Assert.Equal(before, target.Rows("sdkmessageprocessingstep").Select(s => (s.Id, s.GetAttributeValue<DateTime>("modifiedon"))).ToList());
    }

    [Fact]
    public void Steps_with_images_get_one_image_row_each_and_steps_a_step_file_carries_are_left_alone()
    {
        var target = RegistrationTarget.Seeded();

        new StepRegistrar(target.Organization).Register(Samples.Steps);
        var requests = target.Organization.Counters.Total;

        var steps = target.Rows("sdkmessageprocessingstep");
        Assert.Equal(2, steps.Count);
        Assert.DoesNotContain(steps, s => s.Id == Guid.Parse(WidgetStagePlugin.StepId));
        var archived = steps.Single(s => s.Id == Guid.Parse(WidgetArchivedPlugin.StepId));
        Assert.Equal(RegistrationTarget.ArchiveFilterId, archived.GetAttributeValue<EntityReference>("sdkmessagefilterid")!.Id);
        Assert.Equal(1, archived.GetAttributeValue<OptionSetValue>("mode")!.Value);
        Assert.Equal(3, archived.GetAttributeValue<int>("rank"));
        Assert.True(archived.GetAttributeValue<bool>("asyncautodelete"));
        Assert.Equal("{\"keep\":30}", archived.GetAttributeValue<string>("configuration"));
        var images = target.Rows("sdkmessageprocessingstepimage");
        Assert.Equal(2, images.Count);
        Assert.All(images, image => Assert.Equal(archived.Id, image.GetAttributeValue<EntityReference>("sdkmessageprocessingstepid")!.Id));
        Assert.All(images, image => Assert.Equal("Target", image.GetAttributeValue<string>("messagepropertyname")));
        var pre = images.Single(i => i.GetAttributeValue<string>("entityalias") == "PreImage");
        Assert.Equal(0, pre.GetAttributeValue<OptionSetValue>("imagetype")!.Value);
        Assert.Equal("cjp_stage", pre.GetAttributeValue<string>("attributes"));
        var post = images.Single(i => i.GetAttributeValue<string>("entityalias") == "PostImage");
        Assert.Equal(1, post.GetAttributeValue<OptionSetValue>("imagetype")!.Value);
        Assert.Equal("cjp_name,cjp_stage", post.GetAttributeValue<string>("attributes"));

        // 5 reads + 2 steps + 2 images.
        Assert.Equal(9, requests);
    }

    [Fact]
    public void A_step_changed_in_the_organization_is_put_back_with_one_update_of_only_the_changed_column()
    {
        var target = RegistrationTarget.Seeded();
        var registrar = new StepRegistrar(target.Organization);
        registrar.Register(Samples.Steps);
        target.Organization.Update(new Entity("sdkmessageprocessingstep", Guid.Parse(WidgetArchivedPlugin.StepId)) { ["rank"] = 9 });
        target.Organization.Counters.Reset();

        var plan = registrar.Register(Samples.Steps);
        var requests = target.Organization.Counters.Total;

        var update = Assert.Single(plan.Writes);
        Assert.Equal(RegistrationWriteKind.Update, update.Kind);
        Assert.Equal(new[] { "rank" }, update.Row.Attributes.Keys);
        Assert.Equal(3, target.Rows("sdkmessageprocessingstep").Single(s => s.Id == Guid.Parse(WidgetArchivedPlugin.StepId)).GetAttributeValue<int>("rank"));
        Assert.Equal(6, requests);
    }

    [Fact]
    public void An_image_the_step_no_longer_declares_is_deleted()
    {
        var target = RegistrationTarget.Seeded();
        var registrar = new StepRegistrar(target.Organization);
        registrar.Register(Samples.Steps);
        var stray = target.Organization.Create(new Entity("sdkmessageprocessingstepimage")
        {
            ["sdkmessageprocessingstepid"] = new EntityReference("sdkmessageprocessingstep", Guid.Parse(WidgetArchivedPlugin.StepId)),
            ["name"] = "OldImage",
            ["entityalias"] = "OldImage",
            ["imagetype"] = new OptionSetValue(0),
            ["messagepropertyname"] = "Target",
            ["attributes"] = "cjp_name",
        });
        target.Organization.Counters.Reset();

        var plan = registrar.Register(Samples.Steps);
        var requests = target.Organization.Counters.Total;

        var delete = Assert.Single(plan.Writes);
        Assert.Equal(RegistrationWriteKind.Delete, delete.Kind);
        Assert.Equal(stray, delete.Row.Id);
        Assert.Equal(2, target.Rows("sdkmessageprocessingstepimage").Count);
        Assert.Equal(6, requests);
    }

    [Fact]
    public void A_missing_plugin_type_is_one_sentence_naming_it_and_the_import_and_nothing_is_written()
    {
        var target = RegistrationTarget.Seeded(RegistrationTarget.LostPlugin);

        var refusal = Assert.Throws<StepRegistrationException>(() => new StepRegistrar(target.Organization).Register(Product.Steps));

        var problem = Assert.Single(refusal.Problems);
        Assert.Contains("plugintype CrmJourney.Plugins.Opportunities.OpportunityLostPlugin", problem, StringComparison.Ordinal);
        Assert.Contains("import the solution with its plugin assembly first", problem, StringComparison.Ordinal);
        Assert.Single(problem.Split(". ", StringSplitOptions.None));
        Assert.Empty(target.Rows("sdkmessageprocessingstep"));
        Assert.Equal(0, target.Organization.Counters.For("Create"));
    }

    [Fact]
    public void A_missing_message_filter_is_one_sentence_naming_the_message_and_table_and_nothing_is_written()
    {
        var target = RegistrationTarget.Seeded(RegistrationTarget.LoseFilterId);

        var refusal = Assert.Throws<StepRegistrationException>(() => new StepRegistrar(target.Organization).Register(Product.Steps));

        var problem = Assert.Single(refusal.Problems);
        Assert.Contains("no sdkmessagefilter for message \"Lose\" on table \"opportunity\"", problem, StringComparison.Ordinal);
        Assert.Empty(target.Rows("sdkmessageprocessingstep"));
        Assert.Equal(0, target.Organization.Counters.For("Create"));
    }

    [Fact]
    public void Every_problem_is_found_before_the_first_write_so_a_valid_step_is_not_written_either()
    {
        var target = RegistrationTarget.Seeded(RegistrationTarget.WonPlugin, RegistrationTarget.LoseFilterId);

        var refusal = Assert.Throws<StepRegistrationException>(() => new StepRegistrar(target.Organization).Register(Samples.Steps.Concat(Product.Steps)));
        var requests = target.Organization.Counters.Total;

        Assert.Equal(2, refusal.Problems.Count);
        Assert.Contains(refusal.Problems, p => p.Contains(RegistrationTarget.WonPlugin, StringComparison.Ordinal));
        Assert.Contains(refusal.Problems, p => p.Contains("\"Lose\"", StringComparison.Ordinal));
        Assert.Empty(target.Rows("sdkmessageprocessingstep"));
        Assert.Empty(target.Rows("sdkmessageprocessingstepimage"));

        // Only the three platform reads: the refusal comes before the reads of existing rows and before any write.
        Assert.Equal(3, requests);
    }

    [Fact]
    public void A_filter_that_does_not_allow_custom_steps_is_refused()
    {
        var target = RegistrationTarget.Seeded();
        target.ReplaceFilter(RegistrationTarget.WinFilterId, allowsCustomSteps: false);

        var refusal = Assert.Throws<StepRegistrationException>(() => new StepRegistrar(target.Organization).Register(Product.Steps));

        Assert.Contains("does not allow custom steps", Assert.Single(refusal.Problems), StringComparison.Ordinal);
        Assert.Empty(target.Rows("sdkmessageprocessingstep"));
    }

    [Fact]
    public void A_message_the_organization_lacks_is_named()
    {
        var target = RegistrationTarget.Seeded();
        target.Organization.Delete("sdkmessagefilter", RegistrationTarget.ArchiveFilterId);
        target.Organization.Delete("sdkmessage", RegistrationTarget.ArchiveMessageId);

        var refusal = Assert.Throws<StepRegistrationException>(() => new StepRegistrar(target.Organization).Plan(Samples.Steps));

        Assert.Contains("no sdkmessage named \"cjp_ArchiveWidget\"", Assert.Single(refusal.Problems), StringComparison.Ordinal);
    }

    [Fact]
    public void Planning_is_a_dry_run_that_reads_and_writes_nothing()
    {
        var target = RegistrationTarget.Seeded();

        var plan = new StepRegistrar(target.Organization).Plan(Samples.Steps);
        var requests = target.Organization.Counters.Total;

        Assert.Equal(new[] { RegistrationWriteKind.Create, RegistrationWriteKind.Create, RegistrationWriteKind.Create, RegistrationWriteKind.Create }, plan.Writes.Select(w => w.Kind));
        Assert.Equal(5, requests);
        Assert.Empty(target.Rows("sdkmessageprocessingstep"));
        var line = plan.Writes.Single(w => w.Row.Id == Guid.Parse(WidgetArchivedPlugin.StepId)).ToString();
        Assert.StartsWith("create sdkmessageprocessingstep " + WidgetArchivedPlugin.StepId, line, StringComparison.Ordinal);
        Assert.Contains("rank=3", line, StringComparison.Ordinal);
        Assert.Contains("sdkmessageid=sdkmessage:" + RegistrationTarget.ArchiveMessageId, line, StringComparison.Ordinal);
    }

    [Fact]
    public void Steps_that_step_files_carry_need_no_request_at_all()
    {
        var target = RegistrationTarget.Seeded();

        var plan = new StepRegistrar(target.Organization).Register(PluginCatalog.FromTypes(new[] { typeof(WidgetStagePlugin), typeof(WidgetCreatedPlugin) }).Steps);

        Assert.True(plan.IsEmpty);
        Assert.Equal(0, target.Organization.Counters.Total);
    }

    [Fact]
    public void Removal_deletes_the_images_then_the_steps_and_leaves_other_steps_alone()
    {
        var target = RegistrationTarget.Seeded();
        var registrar = new StepRegistrar(target.Organization);
        registrar.Register(Samples.Steps);
        registrar.Register(Product.Steps);
        target.Organization.Counters.Reset();

        var plan = registrar.PlanRemoval(Samples.Steps);
        registrar.Apply(plan);
        var requests = target.Organization.Counters.Total;

        Assert.Equal(
            new[] { "sdkmessageprocessingstepimage", "sdkmessageprocessingstepimage", "sdkmessageprocessingstep", "sdkmessageprocessingstep" },
            plan.Writes.Select(w => w.Row.LogicalName));
        Assert.All(plan.Writes, w => Assert.Equal(RegistrationWriteKind.Delete, w.Kind));
        Assert.Empty(target.Rows("sdkmessageprocessingstepimage"));
        Assert.Equal(new[] { _loseStepId, _winStepId }.OrderBy(id => id), target.Rows("sdkmessageprocessingstep").Select(s => s.Id));

        // 2 reads (steps, images) + 4 deletes.
        Assert.Equal(6, requests);
    }

    [Fact]
    public void Removing_what_is_not_registered_costs_the_two_reads_and_deletes_nothing()
    {
        var target = RegistrationTarget.Seeded();

        var plan = new StepRegistrar(target.Organization).PlanRemoval(Product.Steps);

        Assert.True(plan.IsEmpty);
        Assert.Equal(2, target.Organization.Counters.Total);
    }

    [Fact]
    public void A_step_on_a_message_with_no_table_is_registered_without_a_filter_and_the_filter_read_is_skipped()
    {
        var target = RegistrationTarget.Seeded();
        var messageId = target.Organization.Create(new Entity("sdkmessage") { ["name"] = "cjp_RecalculateWidgets" });
        var pluginTypeId = target.Organization.Create(new Entity("plugintype") { ["typename"] = "CrmJourney.Solution.Tests.Samples.WidgetsRecalculatedPlugin" });
        target.Organization.Counters.Reset();

        var plan = new StepRegistrar(target.Organization).Register(PluginCatalog.FromTypes(new[] { typeof(WidgetsRecalculatedPlugin) }).Steps);
        var requests = target.Organization.Counters.Total;

        var step = Assert.Single(target.Rows("sdkmessageprocessingstep"));
        Assert.Equal(messageId, step.GetAttributeValue<EntityReference>("sdkmessageid")!.Id);
        Assert.Equal(pluginTypeId, step.GetAttributeValue<EntityReference>("eventhandler")!.Id);
        Assert.Null(step.GetAttributeValue<EntityReference>("sdkmessagefilterid"));

        // 4 reads (no filter query) + 1 create.
        Assert.Equal(4, plan.Reads);
        Assert.Equal(5, requests);
    }
}
