namespace CrmJourney.Solution.Validation;

/// <summary>
/// The solution component type codes Solution.xml uses for root components and missing dependencies
/// (the componenttype choice of the solutioncomponent table). Only the fixed codes are here: types
/// above 10000 are numbered per organization and cannot be told apart from the folder.
/// </summary>
public static class ComponentTypes
{
    /// <summary>A table.</summary>
    public const int Table = 1;

    /// <summary>A column.</summary>
    public const int Column = 2;

    /// <summary>A global choice.</summary>
    public const int Choice = 9;

    /// <summary>A security role.</summary>
    public const int Role = 20;

    /// <summary>A view (savedquery).</summary>
    public const int View = 26;

    /// <summary>A process: workflow, business process flow, cloud flow.</summary>
    public const int Process = 29;

    /// <summary>A chart (savedqueryvisualization).</summary>
    public const int Chart = 59;

    /// <summary>A form or dashboard (systemform).</summary>
    public const int Form = 60;

    /// <summary>A web resource.</summary>
    public const int WebResource = 61;

    /// <summary>A site map.</summary>
    public const int SiteMap = 62;

    /// <summary>A model-driven app (appmodule).</summary>
    public const int AppModule = 80;

    /// <summary>A plugin assembly.</summary>
    public const int PluginAssembly = 91;

    /// <summary>A plugin step.</summary>
    public const int Step = 92;

    /// <summary>A canvas app.</summary>
    public const int CanvasApp = 300;

    /// <summary>An environment variable definition.</summary>
    public const int EnvironmentVariable = 380;
}
