namespace CrmJourney.Cli.Organization;

/// <summary>The forms a --data path takes: LocalOrg's CSV folder, or a Configuration Migration package.</summary>
public enum DataFolderFormat
{
    /// <summary>A folder of &lt;table&gt;.csv files (LocalOrg's CSV format).</summary>
    Csv,

    /// <summary>A Configuration Migration data.zip (data.xml, data_schema.xml, [Content_Types].xml in one file).</summary>
    CmtZip,

    /// <summary>A folder holding a Configuration Migration package's data.xml and data_schema.xml.</summary>
    CmtFolder,
}
