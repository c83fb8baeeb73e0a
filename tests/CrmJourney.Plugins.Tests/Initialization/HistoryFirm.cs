using System;
using System.Collections.Generic;
using System.Linq;
using CrmJourney.Domain.Time;
using CrmJourney.Hosting;
using CrmJourney.LocalOrg;
using CrmJourney.Plugins.Initialization;
using CrmJourney.Plugins.Schema;
using CrmJourney.Plugins.Tests.Sweep;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;
using AccountTable = CrmJourney.Plugins.Schema.Account;

namespace CrmJourney.Plugins.Tests.Initialization;

/// <summary>
/// A small firm exactly as an organization looks right after the solution is imported: accounts, contacts,
/// opportunities, leads and completed activities, imported without plug-ins and without any cjp_ journey column
/// (one account, Gamma, already has a stage). The right answers are worked out by hand in the tests.
/// </summary>
internal sealed class HistoryFirm
{
    public static readonly DateTime AsOf = new(2026, 12, 1, 6, 0, 0, DateTimeKind.Utc);

    public HistoryFirm()
    {
        Org = ProductOrganization.Create(new ProductOrganizationOptions { Clock = new FixedClock(AsOf) });
        Org.Import(new[]
        {
            Line(Audit, "AUD", "Audit"),
            Line(Tax, "TAX", "Tax advisory"),
            AccountRow(Acme, "Acme Ltd", SweepWorld.Day(2020, 1, 1)),
            AccountRow(Beta, "Beta SA", SweepWorld.Day(2021, 5, 5)),
            AccountRow(Delta, "Delta GmbH", SweepWorld.Day(2022, 2, 2)),
            new Entity(AccountTable.LogicalName, Gamma)
            {
                [AccountTable.Columns.Name] = "Gamma plc",
                [AccountTable.Columns.JourneyStage] = Choices.ToOptionSetValue(Domain.Journey.JourneyStage.ActiveClient),
                [AccountTable.Columns.StageEnteredOn] = SweepWorld.Day(2026, 1, 1),
            },
            new Entity(Contact.LogicalName, Ann) { ["lastname"] = "Ann", [Contact.Columns.ParentCustomerId] = new EntityReference(AccountTable.LogicalName, Acme) },

            // Acme won an audit on 2024-01-10; a phone call regarding that opportunity on 2024-02-01; an email with no
            // regarding whose To is Acme's contact Ann on 2026-03-01 (what server-side sync tracks).
            Won(AcmeAudit, "Acme audit 2024", Acme, SweepWorld.Day(2024, 1, 10), 12_000m, Audit),
            Activity(PhoneCall.LogicalName, CallOnOpportunity, SweepWorld.Day(2024, 2, 1), new EntityReference(Opportunity.LogicalName, AcmeAudit)),
            Activity(Email.LogicalName, EmailToAnn, SweepWorld.Day(2026, 3, 1), null),
            new Entity(ActivityParty.LogicalName, Guid.NewGuid())
            {
                [ActivityParty.Columns.ActivityId] = new EntityReference(Email.LogicalName, EmailToAnn),
                [ActivityParty.Columns.PartyId] = new EntityReference(Contact.LogicalName, Ann),
                [ActivityParty.Columns.ParticipationTypeMask] = new OptionSetValue(2),
            },

            // Acme referred a lead on 2025-09-01.
            new Entity(Lead.LogicalName, ReferredLead)
            {
                ["lastname"] = "Newco",
                [Lead.Columns.ReferredByAccountId] = new EntityReference(AccountTable.LogicalName, Acme),
                ["createdon"] = SweepWorld.Day(2025, 9, 1),
            },

            // Beta lost a deal "not now" (status reason 4) on 2025-06-10; a cancelled email does not count.
            new Entity(Opportunity.LogicalName, BetaLost)
            {
                [Opportunity.Columns.Name] = "Beta tax review",
                [Opportunity.Columns.CustomerId] = new EntityReference(AccountTable.LogicalName, Beta),
                [Opportunity.Columns.StateCode] = new OptionSetValue(2),
                [Opportunity.Columns.StatusCode] = new OptionSetValue(4),
                [Opportunity.Columns.ActualCloseDate] = SweepWorld.Day(2025, 6, 10),
            },

            // Delta won a deal that names no service line.
            Won(DeltaWon, "Delta payroll", Delta, SweepWorld.Day(2025, 2, 3), 3_000m, null),
        });
    }

    public static Guid Audit { get; } = SweepWorld.Id("init:line:audit");

    public static Guid Tax { get; } = SweepWorld.Id("init:line:tax");

    public static Guid Acme { get; } = SweepWorld.Id("init:acme");

    public static Guid Beta { get; } = SweepWorld.Id("init:beta");

    public static Guid Gamma { get; } = SweepWorld.Id("init:gamma");

    public static Guid Delta { get; } = SweepWorld.Id("init:delta");

    public static Guid Ann { get; } = SweepWorld.Id("init:ann");

    public static Guid AcmeAudit { get; } = SweepWorld.Id("init:acme-audit");

    public static Guid BetaLost { get; } = SweepWorld.Id("init:beta-lost");

    public static Guid DeltaWon { get; } = SweepWorld.Id("init:delta-won");

    public static Guid CallOnOpportunity { get; } = SweepWorld.Id("init:call");

    public static Guid EmailToAnn { get; } = SweepWorld.Id("init:email");

    public static Guid ReferredLead { get; } = SweepWorld.Id("init:lead");

    public LocalOrganization Org { get; }

    public OrganizationResponse Initialize(bool dryRun = false, Guid? fallback = null, Guid? asUser = null)
    {
        var request = new OrganizationRequest(InitializeJourneyApi.UniqueName)
        {
            [InitializeJourneyApi.Inputs.AsOf] = AsOf,
            [InitializeJourneyApi.Inputs.DryRun] = dryRun,
        };
        if (fallback is { } line)
        {
            request[InitializeJourneyApi.Inputs.FallbackServiceLineId] = line;
        }

        return (asUser is { } user ? Org.CreateOrganizationService(user) : Org).Execute(request);
    }

    public Entity Account(Guid id) => Org.Retrieve(AccountTable.LogicalName, id, new ColumnSet(
        AccountTable.Columns.JourneyStage, AccountTable.Columns.StageEnteredOn, AccountTable.Columns.ActiveEngagementCount, AccountTable.Columns.CompletedEngagementCount,
        AccountTable.Columns.TouchpointCount, AccountTable.Columns.LastTouchpointOn, AccountTable.Columns.LastTouchpointChannel, AccountTable.Columns.ProspectOutcome,
        AccountTable.Columns.RevisitOn, AccountTable.Columns.ReferralCount, AccountTable.Columns.LastReferralOn, AccountTable.Columns.ServiceLineCount));

    public IReadOnlyList<Entity> Rows(string table, params string[] columns) =>
        Org.RetrieveMultiple(new QueryExpression(table) { ColumnSet = new ColumnSet(columns) }).Entities.ToList();

    private static Entity Line(Guid id, string code, string name) => new(ServiceLine.LogicalName, id) { [ServiceLine.Columns.Name] = name, [ServiceLine.Columns.Code] = code };

    private static Entity AccountRow(Guid id, string name, DateTime createdOn) => new(AccountTable.LogicalName, id) { [AccountTable.Columns.Name] = name, ["createdon"] = createdOn };

    private static Entity Won(Guid id, string name, Guid account, DateTime closedOn, decimal value, Guid? line)
    {
        var row = new Entity(Opportunity.LogicalName, id)
        {
            [Opportunity.Columns.Name] = name,
            [Opportunity.Columns.CustomerId] = new EntityReference(AccountTable.LogicalName, account),
            [Opportunity.Columns.StateCode] = new OptionSetValue(1),
            [Opportunity.Columns.StatusCode] = new OptionSetValue(3),
            [Opportunity.Columns.ActualCloseDate] = closedOn,
            [Opportunity.Columns.ActualValue] = new Money(value),
        };
        if (line is { } l)
        {
            row[Opportunity.Columns.ServiceLineId] = new EntityReference(ServiceLine.LogicalName, l);
        }

        return row;
    }

    private static Entity Activity(string table, Guid id, DateTime completedOn, EntityReference? regarding)
    {
        var row = new Entity(table, id)
        {
            ["subject"] = "History",
            [Task.Columns.StateCode] = new OptionSetValue(1),
            [Task.Columns.ActualEnd] = completedOn,
        };
        if (regarding != null)
        {
            row[Task.Columns.RegardingObjectId] = regarding;
        }

        return row;
    }
}
