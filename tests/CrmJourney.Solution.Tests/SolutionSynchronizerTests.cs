using System;
using System.IO;
using System.Linq;
using CrmJourney.Plugins.Registration;
using CrmJourney.Solution.Plugins;
using CrmJourney.Solution.Tests.Samples;
using CrmJourney.Solution.Tests.Support;

namespace CrmJourney.Solution.Tests;

public sealed class SolutionSynchronizerTests
{
    [Fact]
    public void The_committed_solution_package_matches_what_sync_generates_from_the_code()
    {
        var plan = SolutionSynchronizer.ForProductPlugins().Plan(RepositoryRoot.ShippedSolution);

        var drift = plan.Writes.Select(w => "stale or missing: " + w.RelativePath).Concat(plan.Deletes.Select(d => "no step in code: " + d)).ToList();
        Assert.True(drift.Count == 0, "solution-package/src differs from the [PluginStep] declarations; run 'cjp solution sync' and commit:" + Environment.NewLine + string.Join(Environment.NewLine, drift));
    }

    [Fact]
    public void Sync_writes_a_file_per_declared_step_and_deletes_step_files_no_step_declares()
    {
        using var solution = new TemporarySolution().WithTable("cjp_widget", "cjp_name", "cjp_stage");
        solution.Write("SdkMessageProcessingSteps/{99999999-9999-4999-8999-999999999999}.xml", "<SdkMessageProcessingStep />");
        var synchronizer = new SolutionSynchronizer(SamplePlugins.Catalog(), SamplePlugins.Assembly());

        SolutionSynchronizer.Apply(synchronizer.Plan(solution.Root));

        Assert.True(solution.Exists($"SdkMessageProcessingSteps/{{{WidgetStagePlugin.StepId}}}.xml"));
        Assert.True(solution.Exists($"SdkMessageProcessingSteps/{{{WidgetCreatedPlugin.StepId}}}.xml"));
        Assert.False(solution.Exists("SdkMessageProcessingSteps/{99999999-9999-4999-8999-999999999999}.xml"));
        Assert.Contains($"type=\"92\" id=\"{{{WidgetStagePlugin.StepId}}}\"", solution.Read("Other/Solution.xml"), StringComparison.Ordinal);
        Assert.Contains(solution.Files(), f => f.StartsWith("PluginAssemblies/", StringComparison.Ordinal) && f.EndsWith(".dll.data.xml", StringComparison.Ordinal));
    }

    [Fact]
    public void Sync_removes_a_plugin_package_left_from_the_package_shape_folder_and_all()
    {
        using var solution = new TemporarySolution();
        solution.Write("pluginpackages/cjp_Old/pluginpackage.xml", "<pluginpackage uniquename=\"cjp_Old\" />");
        solution.Write("pluginpackages/cjp_Old/package/cjp_Old.nupkg", "not a real package");

        SolutionSynchronizer.Apply(new SolutionSynchronizer(SamplePlugins.Catalog(), SamplePlugins.Assembly()).Plan(solution.Root));

        Assert.DoesNotContain(solution.Files(), f => f.StartsWith("pluginpackages/", StringComparison.Ordinal));
        Assert.False(System.IO.Directory.Exists(solution.Full("pluginpackages")));
    }

    [Fact]
    public void A_second_sync_finds_nothing_to_change()
    {
        using var solution = new TemporarySolution().WithTable("cjp_widget", "cjp_name", "cjp_stage");
        var synchronizer = new SolutionSynchronizer(SamplePlugins.Catalog(), SamplePlugins.Assembly());
        SolutionSynchronizer.Apply(synchronizer.Plan(solution.Root));
        var before = solution.Files().ToDictionary(f => f, f => File.ReadAllBytes(solution.Full(f)));

        var plan = synchronizer.Plan(solution.Root);

        Assert.True(plan.IsEmpty);
        // two step files, the assembly registration and Solution.xml
        Assert.Equal(4, plan.Unchanged);
        Assert.All(solution.Files(), f => Assert.Equal(before[f], File.ReadAllBytes(solution.Full(f))));
    }

    [Fact]
    public void Planning_changes_no_file()
    {
        using var solution = new TemporarySolution();
        var before = solution.Files().ToDictionary(f => f, solution.Read);

        var plan = new SolutionSynchronizer(SamplePlugins.Catalog(), SamplePlugins.Assembly()).Plan(solution.Root);

        Assert.NotEmpty(plan.Writes);
        Assert.Equal(before.Keys, solution.Files());
        Assert.All(before, pair => Assert.Equal(pair.Value, solution.Read(pair.Key)));
    }

    [Fact]
    public void The_product_catalog_and_assembly_agree_on_every_plugin_class_with_steps()
    {
        var catalog = PluginCatalog.ForProductPlugins();
        var assembly = PluginAssemblyDefinition.ForProductPlugins();

        var missing = catalog.Steps.Select(s => s.PluginType.FullName!).Where(n => assembly.Find(n) == null).ToList();

        Assert.Empty(missing);
        Assert.Equal("CrmJourney.Plugins, Version=0.1.0.0, Culture=neutral, PublicKeyToken=46b77e67959a57dc", assembly.Assembly.FullName);
    }
}
