using System.Collections.Generic;

namespace CrmJourney.Solution.App;

/// <summary>The script library a form loads and the handlers it calls.</summary>
/// <param name="WebResource">The JavaScript web resource's name, e.g. <c>cjp_/scripts/nurtureruleform.js</c>.</param>
/// <param name="Handlers">The handlers, in the order they run.</param>
public sealed record FormScript(string WebResource, IReadOnlyList<FormEventHandler> Handlers);
