using System;
using System.IO;
using System.Linq;
using CrmJourney.Cli.Commands.Solution;
using CrmJourney.LocalOrg;
using CrmJourney.LocalOrg.Metadata;
using CrmJourney.Plugins.Registration;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;
using Spectre.Console;

namespace CrmJourney.Cli.Tests.Commands.Solution;

public sealed class SolutionRegisterCommandTests
{
    private static readonly Guid _winMessageId = new("0a000000-0000-4000-8000-00000000a001");
    private static readonly Guid _loseMessageId = new("0a000000-0000-4000-8000-00000000a002");

    [Fact]
    public void A_connection_string_in_the_default_build_says_it_needs_the_nuget_build()
    {
        using var folder = new TemporaryFolder();

        var run = CliRun.In(folder.Root, "solution", "register", "--connection", "AuthType=ClientSecret;Url=https://x.crm.dynamics.com;ClientId=a;ClientSecret=b");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("-p:XrmSdk=NuGet", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Without_a_connection_it_is_bad_input_said_in_one_sentence()
    {
        using var folder = new TemporaryFolder();

        var run = CliRun.In(folder.Root, "solution", "register", "--dry-run");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("Pass --connection", Assert.Single(run.ErrorLines), StringComparison.Ordinal);
    }

    [Fact]
    public void A_dry_run_prints_the_two_step_creates_and_writes_nothing()
    {
        var organization = Seeded(withLostPlugin: true);
        var (output, error, context) = Context();

        var code = SolutionRegisterCommand.Register(context, organization, PluginCatalog.ForProductPlugins(), dryRun: true);

        Assert.Equal(0, code);
        var lines = Lines(output);
        Assert.Equal(2, lines.Count(l => l.StartsWith("create sdkmessageprocessingstep ", StringComparison.Ordinal)));
        Assert.StartsWith("Dry run, nothing written: ", lines.Last(), StringComparison.Ordinal);
        Assert.Empty(Steps(organization));
        Assert.Empty(error.ToString());
    }

    [Fact]
    public void Registering_writes_the_steps_and_a_second_run_is_up_to_date()
    {
        var organization = Seeded(withLostPlugin: true);
        var (output, _, context) = Context();
        SolutionRegisterCommand.Register(context, organization, PluginCatalog.ForProductPlugins(), dryRun: false);
        Assert.Equal(2, Steps(organization).Count);
        Assert.Contains("2 created, 0 updated, 0 deleted", Lines(output).Last(), StringComparison.Ordinal);
        var (again, _, secondContext) = Context();

        var code = SolutionRegisterCommand.Register(secondContext, organization, PluginCatalog.ForProductPlugins(), dryRun: false);

        Assert.Equal(0, code);
        Assert.StartsWith("Up to date: ", Assert.Single(Lines(again)), StringComparison.Ordinal);
    }

    [Fact]
    public void A_plugin_type_missing_from_the_organization_fails_with_exit_code_1_naming_it_and_nothing_is_written()
    {
        var organization = Seeded(withLostPlugin: false);
        var (_, error, context) = Context();

        var failure = Assert.Throws<CliFailure>(() => SolutionRegisterCommand.Register(context, organization, PluginCatalog.ForProductPlugins(), dryRun: false));

        Assert.Equal(1, failure.ExitCode);
        Assert.StartsWith("Nothing was registered", failure.Message, StringComparison.Ordinal);
        Assert.Contains("plugintype CrmJourney.Plugins.Opportunities.OpportunityLostPlugin", Assert.Single(Lines(error)), StringComparison.Ordinal);
        Assert.Empty(Steps(organization));
    }

    [Fact]
    public void Unregistering_deletes_what_registering_wrote()
    {
        var organization = Seeded(withLostPlugin: true);
        var (_, _, context) = Context();
        SolutionRegisterCommand.Register(context, organization, PluginCatalog.ForProductPlugins(), dryRun: false);
        var (output, _, secondContext) = Context();

        var code = SolutionRegisterCommand.Unregister(secondContext, organization, PluginCatalog.ForProductPlugins(), dryRun: false);

        Assert.Equal(0, code);
        Assert.Equal(2, Lines(output).Count(l => l.StartsWith("delete sdkmessageprocessingstep ", StringComparison.Ordinal)));
        Assert.Empty(Steps(organization));
    }

    private static LocalOrganization Seeded(bool withLostPlugin)
    {
        var organization = LocalOrganization.CreateBuilder().AddTables(StandardTables.PluginRegistration).Build();
        var rows = new[]
        {
            new Entity("sdkmessage", _winMessageId) { ["name"] = "Win" },
            new Entity("sdkmessage", _loseMessageId) { ["name"] = "Lose" },
            Filter(new Guid("0b000000-0000-4000-8000-00000000b001"), _winMessageId),
            Filter(new Guid("0b000000-0000-4000-8000-00000000b002"), _loseMessageId),
            new Entity("plugintype", new Guid("0c000000-0000-4000-8000-00000000c001")) { ["typename"] = "CrmJourney.Plugins.Opportunities.OpportunityWonPlugin" },
            new Entity("plugintype", new Guid("0c000000-0000-4000-8000-00000000c002")) { ["typename"] = "CrmJourney.Plugins.Opportunities.OpportunityLostPlugin" },
        };
        organization.Import(withLostPlugin ? rows : rows.Take(rows.Length - 1));
        return organization;
    }

    private static Entity Filter(Guid id, Guid messageId) => new("sdkmessagefilter", id)
    {
        ["sdkmessageid"] = new EntityReference("sdkmessage", messageId),
        ["primaryobjecttypecode"] = "opportunity",
        ["iscustomprocessingstepallowed"] = true,
    };

    private static System.Collections.Generic.List<Entity> Steps(LocalOrganization organization) =>
        organization.RetrieveMultiple(new QueryExpression("sdkmessageprocessingstep") { ColumnSet = new ColumnSet("name") }).Entities.ToList();

    private static (StringWriter Output, StringWriter Error, CliContext Context) Context()
    {
        var output = new StringWriter();
        var error = new StringWriter();
        return (output, error, new CliContext(Console(output), Console(error), Directory.GetCurrentDirectory()));
    }

    private static string[] Lines(StringWriter writer) => writer.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    private static IAnsiConsole Console(TextWriter writer) => AnsiConsole.Create(new AnsiConsoleSettings
    {
        Ansi = AnsiSupport.No,
        ColorSystem = ColorSystemSupport.NoColors,
        Out = new AnsiConsoleOutput(writer),
        Interactive = InteractionSupport.No,
    });
}
