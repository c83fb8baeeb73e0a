using System.Collections.Generic;
using System.Linq;
using CrmJourney.LocalOrg.Pipeline;
using CrmJourney.LocalOrg.Tests.Support;
using Microsoft.Xrm.Sdk;

namespace CrmJourney.LocalOrg.Tests.Pipeline;

public sealed class ImageAndFilterTests
{
    [Fact]
    public void An_update_step_fires_only_when_Target_contains_one_of_its_filtering_attributes()
    {
        var fired = 0;
        var org = TestOrganization.Builder()
            .AddPluginStep(PluginStep.ForInstance("Update", "account", PipelineStage.PostOperation, new DelegatePlugin(_ => fired++)) with
            {
                FilteringAttributes = new[] { "name", "accountnumber" },
            })
            .Build();
        var id = org.Create(new Entity("account") { ["name"] = "Contoso" });

        org.Update(new Entity("account", id) { ["telephone1"] = "555-0100" });
        var afterUnrelated = fired;
        org.Update(new Entity("account", id) { ["accountnumber"] = "A-1", ["telephone1"] = "555-0101" });

        Assert.Equal(0, afterUnrelated);
        Assert.Equal(1, fired);
    }

    [Fact]
    public void The_pre_image_holds_only_its_columns_as_they_were_and_the_post_image_the_new_values()
    {
        Entity? pre = null;
        Entity? post = null;
        var org = TestOrganization.Builder()
            .AddPluginStep(PluginStep.ForInstance("Update", "account", PipelineStage.PostOperation, new DelegatePlugin(services =>
            {
                pre = services.Context.PreEntityImages["PreImage"];
                post = services.Context.PostEntityImages["PostImage"];
            })) with
            {
                Images = new[] { new StepImage("PreImage", StepImageType.PreImage, "name"), new StepImage("PostImage", StepImageType.PostImage, "name", "telephone1") },
            })
            .Build();
        var id = org.Create(new Entity("account") { ["name"] = "Contoso", ["telephone1"] = "555-0100", ["accountnumber"] = "A-1" });

        org.Update(new Entity("account", id) { ["name"] = "Contoso Ltd", ["telephone1"] = "555-0199" });

        Assert.Equal(new[] { "accountid", "name" }, pre!.Attributes.Keys.OrderBy(key => key));
        Assert.Equal("Contoso", pre.GetAttributeValue<string>("name"));
        Assert.Equal("Contoso Ltd", post!.GetAttributeValue<string>("name"));
        Assert.Equal("555-0199", post.GetAttributeValue<string>("telephone1"));
        Assert.False(post.Contains("accountnumber"));
    }

    [Fact]
    public void An_image_without_columns_carries_every_column_with_a_value()
    {
        Entity? pre = null;
        var org = TestOrganization.Builder()
            .AddPluginStep(PluginStep.ForInstance("Delete", "account", PipelineStage.PreOperation, new DelegatePlugin(services => pre = services.Context.PreEntityImages["PreImage"])) with
            {
                Images = new[] { new StepImage("PreImage", StepImageType.PreImage) },
            })
            .Build();
        var id = org.Create(new Entity("account") { ["name"] = "Contoso", ["telephone1"] = "555-0100" });

        org.Delete("account", id);

        Assert.Equal("Contoso", pre!.GetAttributeValue<string>("name"));
        Assert.Equal("555-0100", pre.GetAttributeValue<string>("telephone1"));
        Assert.True(pre.Contains("createdon"));
    }

    [Fact]
    public void A_post_image_on_Create_shows_the_row_including_values_the_platform_set()
    {
        Entity? post = null;
        var org = TestOrganization.Builder()
            .AddPluginStep(PluginStep.ForInstance("Create", "account", PipelineStage.PostOperation, new DelegatePlugin(services => post = services.Context.PostEntityImages["PostImage"])) with
            {
                Images = new[] { new StepImage("PostImage", StepImageType.PostImage, "name", "statecode", "createdon") },
            })
            .Build();

        var id = org.Create(new Entity("account") { ["name"] = "Contoso" });

        Assert.Equal(id, post!.Id);
        Assert.Equal(0, post.GetAttributeValue<OptionSetValue>("statecode")!.Value);
        Assert.Equal(TestOrganization.Start, post.GetAttributeValue<System.DateTime>("createdon"));
    }

    [Fact]
    public void A_step_with_images_sees_a_private_copy_so_changing_it_changes_nothing_stored()
    {
        var org = TestOrganization.Builder()
            .AddPluginStep(PluginStep.ForInstance("Update", "account", PipelineStage.PreOperation, new DelegatePlugin(services =>
                services.Context.PreEntityImages["PreImage"]["name"] = "tampered")) with
            {
                Images = new[] { new StepImage("PreImage", StepImageType.PreImage, "name") },
            })
            .Build();
        var id = org.Create(new Entity("account") { ["name"] = "Contoso", ["telephone1"] = "1" });

        org.Update(new Entity("account", id) { ["telephone1"] = "2" });

        Assert.Equal("Contoso", org.Retrieve("account", id, new Microsoft.Xrm.Sdk.Query.ColumnSet("name")).GetAttributeValue<string>("name"));
    }

    [Fact]
    public void Registering_a_post_image_on_Delete_is_refused()
    {
        var step = PluginStep.ForInstance("Delete", "account", PipelineStage.PostOperation, new DelegatePlugin(_ => { })) with
        {
            Images = new[] { new StepImage("PostImage", StepImageType.PostImage) },
        };

        Assert.Throws<System.ArgumentException>(() => TestOrganization.Builder().AddPluginStep(step));
    }

    [Fact]
    public void Registering_an_asynchronous_pre_operation_step_is_refused()
    {
        var step = PluginStep.ForInstance("Update", "account", PipelineStage.PreOperation, new DelegatePlugin(_ => { })) with { Mode = StepMode.Asynchronous };

        var exception = Assert.Throws<System.ArgumentException>(() => TestOrganization.Builder().AddPluginStep(step));

        Assert.Contains("PostOperation", exception.Message);
    }

    [Fact]
    public void Filtering_attributes_do_not_apply_to_messages_other_than_Update()
    {
        var messages = new List<string>();
        var org = TestOrganization.Builder()
            .AddPluginStep(PluginStep.ForInstance("Create", "account", PipelineStage.PostOperation, new DelegatePlugin(services => messages.Add(services.Context.MessageName))) with
            {
                FilteringAttributes = new[] { "telephone1" },
            })
            .Build();

        org.Create(new Entity("account") { ["name"] = "No phone" });

        Assert.Equal(new[] { "Create" }, messages);
    }
}
