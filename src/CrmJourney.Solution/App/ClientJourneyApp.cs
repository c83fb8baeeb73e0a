using System;
using AccountTable = CrmJourney.Plugins.Schema.Account;
using EngagementTable = CrmJourney.Plugins.Schema.Engagement;
using NurtureLogTable = CrmJourney.Plugins.Schema.NurtureLog;
using NurtureRuleTable = CrmJourney.Plugins.Schema.NurtureRule;
using ReferralTable = CrmJourney.Plugins.Schema.Referral;
using ServiceLineTable = CrmJourney.Plugins.Schema.ServiceLine;
using StageTransitionTable = CrmJourney.Plugins.Schema.StageTransition;
using TaskTable = CrmJourney.Plugins.Schema.Task;

namespace CrmJourney.Solution.App;

/// <summary>
/// The "Client Journey" model-driven app: its site map (Clients, Nurture, Dashboard), the two shipped
/// roles that see it, the "Client journey" dashboard and the nurture rule form's script.
/// </summary>
public static class ClientJourneyApp
{
    /// <summary>The app's (and its site map's) unique name.</summary>
    public const string UniqueName = "cjp_ClientJourney";

    /// <summary>The "Journey rules administrator" role (sales operations).</summary>
    public static readonly Guid RulesAdministratorRole = new("89994105-7080-4fbf-86b2-e1fa0f2e0dcb");

    /// <summary>The "Journey user" role (account managers, partners).</summary>
    public static readonly Guid JourneyUserRole = new("b38250eb-23aa-49d4-bf51-2c860045af55");

    /// <summary>The "Client journey" dashboard.</summary>
    public static readonly Guid Dashboard = new("ddedb4b6-d57e-4fdd-960d-2046998a5205");

    /// <summary>The dashboard's charts, each over the view whose rows it counts.</summary>
    public static DashboardDefinition ClientJourneyDashboard { get; } = new(Dashboard, "Client journey", "Where the firm's accounts stand, who has gone quiet, where referrals come from and what the nurture rules produce.", new[]
    {
        new DashboardChart("Accounts by journey stage", AccountTable.LogicalName, ClientJourneyViews.AccountsInJourney, ClientJourneyCharts.AccountsByStage),
        new DashboardChart("Quiet clients by partner", AccountTable.LogicalName, ClientJourneyViews.ClientsGoneQuiet, ClientJourneyCharts.QuietClientsByPartner),
        new DashboardChart("Referral sources by the referrer's stage", ReferralTable.LogicalName, ClientJourneyViews.StandardViewId(ReferralTable.LogicalName, ViewKind.Public), ClientJourneyCharts.ReferralsByReferrerStage),
        new DashboardChart("Nurture tasks created vs completed by rule", TaskTable.LogicalName, ClientJourneyViews.AllNurtureTasks, ClientJourneyCharts.NurtureTasksByRule),
    });

    /// <summary>The nurture rule form's script.</summary>
    public static WebResourceDefinition NurtureRuleFormScript { get; } = new(
        new Guid("644d9eff-db28-495e-9718-98776db49697"),
        NurtureRuleFormSections.ScriptName,
        "Nurture rule form",
        "Shows the nurture rule form's sections for the chosen rule type.");

    /// <summary>The app.</summary>
    public static AppModuleDefinition App { get; } = new(UniqueName, "Client Journey", "Where each client stands in its journey, and the nurture rules that keep it moving.", new[]
    {
        new SiteMapArea("area_clients", "Clients", new[]
        {
            new SiteMapGroup("group_dashboard", "Overview", new[] { new SiteMapSubArea("subarea_dashboard", "Client journey dashboard", Dashboard: Dashboard) }),
            new SiteMapGroup("group_clients", "Clients", new[]
            {
                new SiteMapSubArea("subarea_accounts", "Accounts", AccountTable.LogicalName),
                new SiteMapSubArea("subarea_engagements", "Engagements", EngagementTable.LogicalName),
                new SiteMapSubArea("subarea_referrals", "Referrals", ReferralTable.LogicalName),
                new SiteMapSubArea("subarea_journeyhistory", "Journey history", StageTransitionTable.LogicalName, ClientJourneyViews.JourneyHistory),
            }),
        }),
        new SiteMapArea("area_nurture", "Nurture", new[]
        {
            new SiteMapGroup("group_nurture", "Nurture", new[]
            {
                new SiteMapSubArea("subarea_mynurturetasks", "My nurture tasks", TaskTable.LogicalName, ClientJourneyViews.MyOpenNurtureTasks),
                new SiteMapSubArea("subarea_nurturerules", "Nurture rules", NurtureRuleTable.LogicalName),
                new SiteMapSubArea("subarea_nurturelog", "Nurture log", NurtureLogTable.LogicalName),
                new SiteMapSubArea("subarea_servicelines", "Service lines", ServiceLineTable.LogicalName),
            }),
        }),
    }, new[] { JourneyUserRole, RulesAdministratorRole });
}
