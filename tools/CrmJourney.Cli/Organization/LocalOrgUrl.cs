using System;

namespace CrmJourney.Cli.Organization;

/// <summary>
/// The base URL LocalOrg's partner digests link account records under, as Dataverse's take it from the
/// cjp_OrgUrl environment variable: the CJP_ORG_URL environment variable of the cjp process when set,
/// else https://localorg.invalid (a reserved name that never resolves, so a link from a demo digest
/// cannot reach a real organization).
/// </summary>
public static class LocalOrgUrl
{
    /// <summary>The process environment variable that sets the base URL.</summary>
    public const string EnvironmentVariableName = "CJP_ORG_URL";

    /// <summary>The base URL when none is set.</summary>
    public const string Default = "https://localorg.invalid";

    /// <summary>The configured base URL.</summary>
    public static string Current =>
        Environment.GetEnvironmentVariable(EnvironmentVariableName) is { Length: > 0 } url ? url.Trim().TrimEnd('/') : Default;
}
