using System;

namespace CrmJourney.Plugins.Registration;

/// <summary>
/// Declares that the plugin class it decorates is the main operation of a custom API, e.g.
/// <c>[CustomApi("cjp_RunNurtureSweep", PluginTypeId = "…", Description = "…")]</c>. The custom API
/// itself (parameters, response properties) ships in solution-package/src/customapis; this declaration
/// ties the class to it by the plugin type id that file names, so LocalOrg can route the request to the
/// class and a test can check the two agree. A custom API's plugin needs no step: it is the operation.
/// </summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = false, Inherited = false)]
public sealed class CustomApiAttribute : Attribute
{
    /// <summary>The custom API whose unique name is <paramref name="uniqueName"/>.</summary>
    public CustomApiAttribute(string uniqueName)
    {
        UniqueName = uniqueName;
    }

    /// <summary>The custom API's unique name (the request's message name), e.g. "cjp_RunNurtureSweep".</summary>
    public string UniqueName { get; }

    /// <summary>The plugin type id the solution's customapi.xml points at (a Guid string); fixed forever.</summary>
    public string PluginTypeId { get; set; } = string.Empty;

    /// <summary>The table of a bound API; null for an unbound one (the default).</summary>
    public string? BoundTable { get; set; }

    /// <summary>True for a function (GET, no side effects); false for an action (the default).</summary>
    public bool IsFunction { get; set; }

    /// <summary>
    /// The privilege a caller must hold to run the API (customapi.xml's &lt;executeprivilegename&gt;), e.g.
    /// "prvWritecjp_nurturerule"; null lets any user run it. Dataverse has no custom privileges, so an API is
    /// guarded by a table privilege that exactly the intended role holds.
    /// </summary>
    public string? ExecutePrivilegeName { get; set; }

    /// <summary>What the API does, for administrators reading the registration.</summary>
    public string? Description { get; set; }
}
