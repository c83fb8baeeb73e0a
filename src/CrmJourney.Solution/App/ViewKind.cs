namespace CrmJourney.Solution.App;

/// <summary>The savedquery <c>querytype</c> of a system view.</summary>
public enum ViewKind
{
    /// <summary>A public view users pick from the view list (0).</summary>
    Public = 0,

    /// <summary>The view a related-records grid shows (2).</summary>
    Associated = 2,

    /// <summary>The quick-find view: its columns are searched by the search box (4).</summary>
    QuickFind = 4,

    /// <summary>The view a lookup's drop-down shows (64).</summary>
    Lookup = 64,
}
