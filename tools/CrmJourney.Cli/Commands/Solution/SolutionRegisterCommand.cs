using System.CommandLine;
using System.Globalization;
using CrmJourney.Cli.Remote;
using CrmJourney.Plugins.Registration;
using CrmJourney.Solution.Registration;
using CrmJourney.Solution.Steps;
using Microsoft.Xrm.Sdk;

namespace CrmJourney.Cli.Commands.Solution;

/// <summary>
/// <c>cjp solution register --connection "…" [--dry-run]</c>: after the solution is imported, registers
/// in that organization the steps no step file can carry (today Win and Lose: their sdkmessage ids are
/// not public, so they are looked up by name there) through <see cref="StepRegistrar"/>. Needs the NuGet
/// build, exactly like <c>cjp sweep --connection</c>; the stand-in build says so and exits 2.
/// </summary>
public sealed class SolutionRegisterCommand : ICliCommand
{
    /// <inheritdoc />
    public Command Build(CliContext context)
    {
        var connection = new Option<string?>("--connection")
        {
            Description = "A Dataverse connection string (AuthType=ClientSecret;Url=…;ClientId=…;ClientSecret=…) of the organization the solution was imported into; needs the NuGet build.",
        };
        var dryRun = new Option<bool>("--dry-run") { Description = "Read the organization and print what would be written; write nothing." };
        var unregister = new Option<bool>("--unregister")
        {
            Description = "Delete the steps (and images) this command registers instead, e.g. before removing the solution: they are not part of it and still point at its plugin types.",
        };
        var command = new Command(
            "register",
            """
            Register, in an organization the solution was imported into, the plugin steps the solution cannot
            carry (Win and Lose of opportunity: a step file names its message by a platform id no public source
            gives, so they are looked up by name in the organization). Run it after 'pac solution import'; running
            it again changes nothing. Needs the build with the real Dataverse client (-p:XrmSdk=NuGet).

            Examples:
              cjp solution register --connection "AuthType=ClientSecret;Url=https://contoso.crm.dynamics.com;ClientId=…;ClientSecret=…" --dry-run
              cjp solution register --connection "AuthType=ClientSecret;Url=https://contoso.crm.dynamics.com;ClientId=…;ClientSecret=…"
              cjp solution register --connection "…" --unregister
            """);
        command.Options.Add(connection);
        command.Options.Add(dryRun);
        command.Options.Add(unregister);
        command.SetAction(parseResult =>
        {
            if (parseResult.GetValue(connection) is not { } connectionString)
            {
                throw CliFailure.BadInput("Pass --connection \"…\", the Dataverse connection string of the organization the solution was imported into; see 'cjp solution register --help'.");
            }

            var service = RemoteConnector.Connect(connectionString);
            var catalog = CodeRegistrations.Read(PluginCatalog.ForProductPlugins);
            return parseResult.GetValue(unregister)
                ? Unregister(context, service, catalog, parseResult.GetValue(dryRun))
                : Register(context, service, catalog, parseResult.GetValue(dryRun));
        });
        return command;
    }

    /// <summary>Plans the registration of <paramref name="catalog"/>'s unexportable steps in <paramref name="service"/>'s organization, prints it, and applies it unless <paramref name="dryRun"/>.</summary>
    internal static int Register(CliContext context, IOrganizationService service, PluginCatalog catalog, bool dryRun)
    {
        var registrar = new StepRegistrar(service);
        RegistrationPlan plan;
        try
        {
            plan = registrar.Plan(catalog.Steps);
        }
        catch (StepRegistrationException e)
        {
            foreach (var problem in e.Problems)
            {
                context.Error.Line(problem);
            }

            throw CliFailure.Failed(string.Create(CultureInfo.InvariantCulture, $"Nothing was registered: the organization lacks {e.Problems.Count} thing{(e.Problems.Count == 1 ? string.Empty : "s")} the steps need (listed above); fix {(e.Problems.Count == 1 ? "it" : "them")} and run 'cjp solution register' again."), e);
        }

        foreach (var write in plan.Writes)
        {
            context.Out.Line(write.ToString());
        }

        var steps = SdkMessages.Unexportable(catalog.Steps).Count;
        if (plan.IsEmpty)
        {
            context.Out.Line(string.Create(CultureInfo.InvariantCulture, $"Up to date: the {steps} steps no step file carries are already registered as declared ({plan.Reads} reads, nothing written)."));
        }
        else if (dryRun)
        {
            context.Out.Line(string.Create(CultureInfo.InvariantCulture, $"Dry run, nothing written: registering the {steps} steps no step file carries would take {plan.Writes.Count} writes after {plan.Reads} reads."));
        }
        else
        {
            registrar.Apply(plan);
            context.Out.Line(string.Create(CultureInfo.InvariantCulture, $"Registered the {steps} steps no step file carries: {plan.Count(RegistrationWriteKind.Create)} created, {plan.Count(RegistrationWriteKind.Update)} updated, {plan.Count(RegistrationWriteKind.Delete)} deleted ({plan.Reads} reads, {plan.Writes.Count} writes)."));
        }

        return ExitCodes.Success;
    }

    /// <summary>Plans the removal of what <see cref="Register"/> writes, prints it, and applies it unless <paramref name="dryRun"/>.</summary>
    internal static int Unregister(CliContext context, IOrganizationService service, PluginCatalog catalog, bool dryRun)
    {
        var registrar = new StepRegistrar(service);
        var plan = registrar.PlanRemoval(catalog.Steps);
        foreach (var write in plan.Writes)
        {
            context.Out.Line(write.ToString());
        }

        if (plan.IsEmpty)
        {
            context.Out.Line(string.Create(CultureInfo.InvariantCulture, $"Nothing to unregister: none of the steps no step file carries is registered ({plan.Reads} reads)."));
        }
        else if (dryRun)
        {
            context.Out.Line(string.Create(CultureInfo.InvariantCulture, $"Dry run, nothing deleted: unregistering would take {plan.Writes.Count} deletes after {plan.Reads} reads."));
        }
        else
        {
            registrar.Apply(plan);
            context.Out.Line(string.Create(CultureInfo.InvariantCulture, $"Unregistered: {plan.Writes.Count} rows deleted ({plan.Reads} reads)."));
        }

        return ExitCodes.Success;
    }
}
