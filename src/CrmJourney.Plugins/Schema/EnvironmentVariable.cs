namespace CrmJourney.Plugins.Schema;

/// <summary>
/// The environment variable tables (environmentvariabledefinition and its environmentvariablevalue):
/// the solution ships the definition of <see cref="OrgUrlSchemaName"/>; each organization sets its value.
/// </summary>
public static class EnvironmentVariable
{
    /// <summary>The definition table.</summary>
    public const string DefinitionLogicalName = "environmentvariabledefinition";

    /// <summary>The value table.</summary>
    public const string ValueLogicalName = "environmentvariablevalue";

    /// <summary>The organization URL the partner digests link accounts under.</summary>
    public const string OrgUrlSchemaName = "cjp_OrgUrl";

    /// <summary>The column logical names this product reads.</summary>
    public static class Columns
    {
        public const string DefinitionId = "environmentvariabledefinitionid";
        public const string SchemaName = "schemaname";
        public const string DefaultValue = "defaultvalue";
        public const string Value = "value";
    }
}
