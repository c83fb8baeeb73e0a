using Microsoft.Xrm.Sdk;

namespace CrmJourney.Plugins.Sweep;

/// <summary>
/// A cjp_nurturelog row to create with its dedupe key, so the writer can tell which firings it claimed.
/// A record rather than a tuple: the plugin's net462 build has no System.ValueTuple with the real SDK.
/// </summary>
/// <param name="Key">The row's cjp_dedupekey.</param>
/// <param name="Row">The row.</param>
internal sealed record KeyedLog(string Key, Entity Row);
