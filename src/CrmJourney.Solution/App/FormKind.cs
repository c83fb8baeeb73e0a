namespace CrmJourney.Solution.App;

/// <summary>
/// The kinds of form the app ships. The number is the systemform <c>type</c>; exports file each kind
/// under <c>Entities/&lt;table&gt;/FormXml/&lt;folder&gt;/{form id}.xml</c> and merge it into
/// <c>&lt;forms type="&lt;folder&gt;"&gt;</c> of the table's <c>FormXml</c>.
/// </summary>
public enum FormKind
{
    /// <summary>A main form (type 2, folder <c>main</c>).</summary>
    Main = 2,

    /// <summary>A quick-create form (type 7, folder <c>quick</c>).</summary>
    QuickCreate = 7,
}
