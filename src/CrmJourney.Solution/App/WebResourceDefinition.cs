using System;

namespace CrmJourney.Solution.App;

/// <summary>
/// A JavaScript web resource. Its content is a hand-written file at <c>WebResources/&lt;name&gt;</c>;
/// <see cref="WebResourceFileWriter"/> writes only the registration next to it (<c>&lt;name&gt;.data.xml</c>).
/// </summary>
/// <param name="Id">The web resource id.</param>
/// <param name="Name">The name forms load it by, e.g. <c>cjp_/scripts/nurtureruleform.js</c>.</param>
/// <param name="DisplayName">The name makers read.</param>
/// <param name="Description">What it does.</param>
public sealed record WebResourceDefinition(Guid Id, string Name, string DisplayName, string Description);
