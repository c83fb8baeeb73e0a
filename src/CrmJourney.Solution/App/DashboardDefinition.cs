using System;
using System.Collections.Generic;

namespace CrmJourney.Solution.App;

/// <summary>A system dashboard, written to <c>Dashboards/{id}.xml</c> by <see cref="DashboardFileWriter"/>: charts two per row.</summary>
/// <param name="Id">The dashboard's form id.</param>
/// <param name="Name">Its name.</param>
/// <param name="Description">What it is for.</param>
/// <param name="Charts">The charts, left to right, top to bottom.</param>
public sealed record DashboardDefinition(Guid Id, string Name, string Description, IReadOnlyList<DashboardChart> Charts);
