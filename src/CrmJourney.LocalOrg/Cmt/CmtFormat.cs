namespace CrmJourney.LocalOrg.Cmt;

/// <summary>
/// The fixed pieces of the Configuration Migration data format, as the Configuration Migration tool and
/// <c>pac data export</c> write it: a <c>data.zip</c> (or a folder) holding <c>data_schema.xml</c> (tables,
/// fields and their types), <c>data.xml</c> (the records) and <c>[Content_Types].xml</c>.
/// </summary>
/// <remarks>
/// Value forms follow real exports: booleans <c>True</c>/<c>False</c>; date and time
/// <c>2026-03-11T10:30:00.0000000Z</c>, date-only and time-zone independent values without the Z;
/// decimals and money invariant with a dot; choices as the option number; multi-select choices as
/// <c>[-1,71000010,71000012,-1]</c> (the -1 bracketing the values); lookups as the id with
/// <c>lookupentity</c> (the table) and <c>lookupentityname</c> (the row's name); activity parties nested
/// in their party-list field as <c>&lt;activitypointerrecords&gt;</c>; many-to-many links under
/// <c>&lt;m2mrelationships&gt;</c>.
/// </remarks>
public static class CmtFormat
{
    /// <summary>The records file.</summary>
    public const string DataFile = "data.xml";

    /// <summary>The schema file.</summary>
    public const string SchemaFile = "data_schema.xml";

    /// <summary>The package's content-types part, as in every Configuration Migration zip.</summary>
    public const string ContentTypesFile = "[Content_Types].xml";

    /// <summary>The file extension of a package written as one file.</summary>
    public const string ZipExtension = ".zip";

    /// <summary>The content of <see cref="ContentTypesFile"/>: every part is XML.</summary>
    public const string ContentTypes =
        "<?xml version=\"1.0\" encoding=\"utf-8\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"><Default Extension=\"xml\" ContentType=\"application/octet-stream\" /></Types>";

    /// <summary>How date and time values are written: UTC with seven fraction digits and a Z.</summary>
    public const string DateTimeFormat = "yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'";

    /// <summary>How date-only values are written: midnight, no zone.</summary>
    public const string DateOnlyFormat = "yyyy-MM-dd'T'00:00:00.0000000";

    /// <summary>The table of activity parties, whose rows data.xml nests in the activity's party-list fields.</summary>
    public const string ActivityParty = "activityparty";

    /// <summary>Element and attribute names of data.xml and data_schema.xml.</summary>
    internal static class Names
    {
        public const string Entities = "entities";
        public const string Entity = "entity";
        public const string Records = "records";
        public const string Record = "record";
        public const string Field = "field";
        public const string Fields = "fields";
        public const string Name = "name";
        public const string DisplayName = "displayname";
        public const string Id = "id";
        public const string Value = "value";
        public const string Type = "type";
        public const string LookupEntity = "lookupentity";
        public const string LookupEntityName = "lookupentityname";
        public const string LookupType = "lookupType";
        public const string PrimaryKey = "primaryKey";
        public const string PrimaryIdField = "primaryidfield";
        public const string PrimaryNameField = "primarynamefield";
        public const string DisablePlugins = "disableplugins";
        public const string DateMode = "dateMode";
        public const string Timestamp = "timestamp";
        public const string PartyRecords = "activitypointerrecords";
        public const string ManyToManyRelationships = "m2mrelationships";
        public const string ManyToManyRelationship = "m2mrelationship";
        public const string RelationshipName = "m2mrelationshipname";
        public const string TargetIds = "targetids";
        public const string TargetId = "targetid";
        public const string Relationships = "relationships";
        public const string ImportOrder = "entityImportOrder";
        public const string ImportOrderEntity = "entityName";
        public const string XsiPrefix = "xsi";
        public const string XsdPrefix = "xsd";
        public const string XsiNamespace = "http://www.w3.org/2001/XMLSchema-instance";
        public const string XsdNamespace = "http://www.w3.org/2001/XMLSchema";
    }
}
