namespace CrmJourney.Solution.Plugins;

/// <summary>
/// The strong name of the deployable plugin assembly. Dataverse accepts a classic plugin assembly only
/// when it is strong-named, and records the public key token in the assembly's FullName and in every
/// step's PluginTypeName. The net462 build of CrmJourney.Plugins is signed with the product's own key
/// pair, src/CrmJourney.Plugins/CrmJourney.Plugins.snk (committed: a strong name is an identity, not a
/// secret); the net10.0 build that LocalOrg and the tests load is not signed, so the token cannot be read
/// from it. Tests derive this token from the key file and from the built net462 assembly.
/// </summary>
public static class PluginSigning
{
    /// <summary>The public key token of CrmJourney.Plugins.snk, in lower-case hex.</summary>
    public const string PublicKeyToken = "46b77e67959a57dc";

    /// <summary>The key pair's path relative to the repository root.</summary>
    public const string KeyFile = "src/CrmJourney.Plugins/CrmJourney.Plugins.snk";
}
