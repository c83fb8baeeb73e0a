using System;
using System.Collections.Generic;
using System.Linq;

namespace CrmJourney.Solution.App;

/// <summary>
/// Everything the app is made of, declared in code: forms, views, charts, the dashboard, the app with
/// its site map, and the web resources forms load. <c>cjp solution sync</c> writes the files from it
/// (<see cref="AppFileWriter"/>) and the drift test fails when the committed files differ.
/// </summary>
public sealed record AppCatalog(
    IReadOnlyList<FormDefinition> Forms,
    IReadOnlyList<ViewDefinition> Views,
    IReadOnlyList<ChartDefinition> Charts,
    IReadOnlyList<DashboardDefinition> Dashboards,
    IReadOnlyList<WebResourceDefinition> WebResources,
    AppModuleDefinition App)
{
    /// <summary>The product's app.</summary>
    public static AppCatalog ForProduct() => new(
        ClientJourneyForms.All,
        ClientJourneyViews.All,
        ClientJourneyCharts.All,
        new[] { ClientJourneyApp.ClientJourneyDashboard },
        new[] { ClientJourneyApp.NurtureRuleFormScript },
        ClientJourneyApp.App);

    /// <summary>The tables the app shows: those of its site map, forms, views and charts, in name order.</summary>
    public IReadOnlyList<string> Tables =>
        App.Areas.SelectMany(a => a.Groups).SelectMany(g => g.SubAreas).Select(s => s.Entity).OfType<string>()
            .Concat(Forms.Select(f => f.Table))
            .Concat(Views.Select(v => v.Table))
            .Concat(Charts.Select(c => c.Table))
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)
            .ToList();
}
