using System;
using System.Collections.Generic;

namespace CrmJourney.Solution.App;

/// <summary>
/// A model-driven app and its site map, written by <see cref="AppModuleFileWriter"/> to
/// <c>AppModules/&lt;unique name&gt;/AppModule.xml</c> and <c>AppModuleSiteMaps/&lt;unique name&gt;/AppModuleSiteMap.xml</c>.
/// The app's components (tables, forms, views, charts, dashboards) are those of the <see cref="AppCatalog"/>.
/// </summary>
/// <param name="UniqueName">The app's and its site map's unique name (prefixed).</param>
/// <param name="Name">The app's name.</param>
/// <param name="Description">What it is for.</param>
/// <param name="Areas">The site map's areas.</param>
/// <param name="RoleIds">The security roles that see the app.</param>
public sealed record AppModuleDefinition(string UniqueName, string Name, string Description, IReadOnlyList<SiteMapArea> Areas, IReadOnlyList<Guid> RoleIds);
