using System.IO;
using System.IO.Compression;
using System.Text;
using CrmJourney.LocalOrg.Cmt;
using CrmJourney.LocalOrg.Metadata;

namespace CrmJourney.LocalOrg.Tests.Cmt;

/// <summary>
/// A small Configuration Migration package shaped like real exports (pac data export / the Configuration
/// Migration tool): the element and attribute names, value forms (True, [-1,…,-1], dates with seven
/// fraction digits, date-only without Z), an owner the export does not hold, a many-to-many
/// relationship, a table cjp does not model and an appointment with nested required attendees. Written
/// for these tests; no exported file is copied.
/// </summary>
internal static class CmtFixture
{
    public const string Account = "1a000000-0000-0000-0000-000000000001";
    public const string Contact = "2c000000-0000-0000-0000-000000000003";
    public const string Owner = "3d000000-0000-0000-0000-000000000004";
    public const string SampleId = "4e000000-0000-0000-0000-000000000005";
    public const string Appointment = "5a000000-0000-0000-0000-000000000006";
    public const string Party = "6b000000-0000-0000-0000-000000000007";
    public const string Lead = "7c000000-0000-0000-0000-000000000008";

    public const string Schema = """
        <entities>
          <entity name="account" displayname="Account" etc="1" primaryidfield="accountid" primarynamefield="name" disableplugins="false">
            <fields>
              <field displayname="Account" name="accountid" type="guid" primaryKey="true" />
              <field displayname="Account Name" name="name" type="string" />
              <field displayname="Annual Revenue" name="revenue" type="money" />
              <field displayname="Industry" name="industrycode" type="optionsetvalue" />
              <field displayname="Primary Contact" name="primarycontactid" type="entityreference" lookupType="contact" />
              <field displayname="Currency" name="transactioncurrencyid" type="entityreference" lookupType="transactioncurrency" />
              <field displayname="Record Created On" name="overriddencreatedon" type="datetime" />
              <field displayname="Owner" name="ownerid" type="owner" />
              <field displayname="Status" name="statecode" type="state" />
              <field displayname="Status Reason" name="statuscode" type="status" />
            </fields>
            <relationships>
              <relationship name="accountleads_association" manyToMany="true" isreflexive="false" relatedEntityName="accountleads" m2mTargetEntity="lead" m2mTargetEntityPrimaryKey="leadid" />
            </relationships>
          </entity>
          <entity name="contact" displayname="Contact" etc="2" primaryidfield="contactid" primarynamefield="fullname" disableplugins="false">
            <fields>
              <field displayname="Contact" name="contactid" type="guid" primaryKey="true" />
              <field displayname="Full Name" name="fullname" type="string" />
              <field displayname="Company Name" name="parentcustomerid" type="customer" lookupType="account|contact" />
              <field displayname="Owner" name="ownerid" type="owner" />
            </fields>
          </entity>
          <entity name="cjp_sample" displayname="Sample" primaryidfield="cjp_sampleid" primarynamefield="cjp_name" disableplugins="false">
            <fields>
              <field displayname="Sample" name="cjp_sampleid" type="guid" primaryKey="true" />
              <field displayname="Name" name="cjp_name" type="string" customfield="true" />
              <field displayname="Notes" name="cjp_notes" type="string" customfield="true" />
              <field displayname="Count" name="cjp_count" type="number" customfield="true" />
              <field displayname="Ratio" name="cjp_ratio" type="decimal" customfield="true" />
              <field displayname="Score" name="cjp_score" type="float" customfield="true" />
              <field displayname="Value" name="cjp_value" type="money" customfield="true" />
              <field displayname="Flag" name="cjp_flag" type="bool" customfield="true" />
              <field displayname="At" name="cjp_at" type="datetime" dateMode="relative" customfield="true" />
              <field displayname="Day" name="cjp_day" type="datetime" dateMode="absolute" customfield="true" />
              <field displayname="Account" name="cjp_accountid" type="entityreference" lookupType="account" customfield="true" />
              <field displayname="Customer" name="cjp_customerid" type="entityreference" lookupType="account|contact" customfield="true" />
              <field displayname="Kind" name="cjp_kind" type="optionsetvalue" customfield="true" />
              <field displayname="Stages" name="cjp_stages" type="optionsetvaluecollection" customfield="true" />
              <field displayname="External" name="cjp_externalid" type="guid" customfield="true" />
              <field displayname="Picture" name="cjp_picture" type="imagedata" customfield="true" />
              <field displayname="Status" name="statecode" type="state" />
              <field displayname="Status Reason" name="statuscode" type="status" />
            </fields>
          </entity>
          <entity name="appointment" displayname="Appointment" primaryidfield="activityid" primarynamefield="subject" disableplugins="false">
            <fields>
              <field displayname="Appointment" name="activityid" type="guid" primaryKey="true" />
              <field displayname="Subject" name="subject" type="string" />
              <field displayname="Regarding" name="regardingobjectid" type="entityreference" lookupType="account|contact|lead|opportunity" />
              <field displayname="Required Attendees" name="requiredattendees" type="partylist" />
              <field displayname="Start Time" name="scheduledstart" type="datetime" />
            </fields>
          </entity>
          <entity name="incident" displayname="Case" primaryidfield="incidentid" primarynamefield="title" disableplugins="false">
            <fields>
              <field displayname="Case" name="incidentid" type="guid" primaryKey="true" />
              <field displayname="Title" name="title" type="string" />
            </fields>
          </entity>
          <entityImportOrder>
            <entityName>account</entityName>
            <entityName>contact</entityName>
            <entityName>cjp_sample</entityName>
            <entityName>appointment</entityName>
            <entityName>incident</entityName>
          </entityImportOrder>
        </entities>
        """;

    public const string Data = $"""
        <?xml version="1.0" encoding="utf-8"?>
        <entities xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xmlns:xsd="http://www.w3.org/2001/XMLSchema" timestamp="2026-11-20T09:15:42.1234567Z">
          <entity name="account" displayname="Account">
            <records>
              <record id="{Account}">
                <field name="accountid" value="{Account}" />
                <field name="name" value="Alpha &amp; Sons" />
                <field name="revenue" value="1250000.5000000000" />
                <field name="industrycode" value="7" />
                <field name="primarycontactid" value="{Contact}" lookupentity="contact" lookupentityname="Cora Contact" />
                <field name="transactioncurrencyid" value="9f000000-0000-0000-0000-000000000099" lookupentity="transactioncurrency" lookupentityname="Euro" />
                <field name="overriddencreatedon" value="2019-05-06T08:00:00.0000000Z" />
                <field name="ownerid" value="{Owner}" lookupentity="systemuser" lookupentityname="Una User" />
                <field name="statecode" value="0" />
                <field name="statuscode" value="1" />
              </record>
            </records>
            <m2mrelationships>
              <m2mrelationship sourceid="{Account}" targetentityname="lead" targetentitynameidfield="leadid" m2mrelationshipname="accountleads_association">
                <targetids>
                  <targetid>{Lead}</targetid>
                </targetids>
              </m2mrelationship>
            </m2mrelationships>
          </entity>
          <entity name="contact" displayname="Contact">
            <records>
              <record id="{Contact}">
                <field name="contactid" value="{Contact}" />
                <field name="fullname" value="Cora Contact" />
                <field name="parentcustomerid" value="{Account}" lookupentity="account" lookupentityname="Alpha &amp; Sons" />
                <field name="ownerid" value="{Owner}" lookupentity="systemuser" lookupentityname="Una User" />
              </record>
            </records>
            <m2mrelationships />
          </entity>
          <entity name="cjp_sample" displayname="Sample">
            <records>
              <record id="{SampleId}">
                <field name="cjp_sampleid" value="{SampleId}" />
                <field name="cjp_name" value="Sample one" />
                <field name="cjp_notes" value="line one&#xA;line two" />
                <field name="cjp_count" value="-42" />
                <field name="cjp_ratio" value="0.1250000000" />
                <field name="cjp_score" value="1.125" />
                <field name="cjp_value" value="11.5000000000" />
                <field name="cjp_flag" value="True" />
                <field name="cjp_at" value="2026-03-11T10:30:00.0000000Z" />
                <field name="cjp_day" value="2026-04-01T00:00:00.0000000" />
                <field name="cjp_accountid" value="{Account}" lookupentity="account" lookupentityname="Alpha &amp; Sons" />
                <field name="cjp_customerid" value="{Contact}" lookupentity="contact" lookupentityname="Cora Contact" />
                <field name="cjp_kind" value="573100001" />
                <field name="cjp_stages" value="[-1,573100002,573100000,-1]" />
                <field name="cjp_externalid" value="5f000000-0000-0000-0000-0000000000aa" />
                <field name="cjp_picture" value="iVBORw0KGgo=" />
                <field name="statecode" value="1" />
                <field name="statuscode" value="2" />
              </record>
            </records>
            <m2mrelationships />
          </entity>
          <entity name="appointment" displayname="Appointment">
            <records>
              <record id="{Appointment}">
                <field name="activityid" value="{Appointment}" />
                <field name="subject" value="Quarterly review" />
                <field name="regardingobjectid" value="{Account}" lookupentity="account" lookupentityname="Alpha &amp; Sons" />
                <field name="requiredattendees" value="" lookupentity="" lookupentityname="">
                  <activitypointerrecords id="{Party}">
                    <field name="partyid" value="{Contact}" lookupentity="contact" lookupentityname="Cora Contact" />
                    <field name="activityid" value="{Appointment}" lookupentity="activitypointer" />
                    <field name="participationtypemask" value="5" />
                    <field name="ispartydeleted" value="False" />
                    <field name="activitypartyid" value="{Party}" />
                  </activitypointerrecords>
                </field>
                <field name="scheduledstart" value="2026-10-10T09:00:00.0000000Z" />
              </record>
            </records>
            <m2mrelationships />
          </entity>
          <entity name="incident" displayname="Case">
            <records>
              <record id="8d000000-0000-0000-0000-000000000009">
                <field name="incidentid" value="8d000000-0000-0000-0000-000000000009" />
                <field name="title" value="Printer jam" />
              </record>
            </records>
            <m2mrelationships />
          </entity>
        </entities>
        """;

    /// <summary>The activityparty table as Dataverse has it, reduced to the columns a touchpoint needs.</summary>
    public static TableDefinition ActivityParty { get; } =
        TableDefinition.Create(CmtFormat.ActivityParty, "activitypartyid", null, TableOwnership.Organization)
            .WithColumns(
                ColumnDefinition.Lookup("activityid", StandardTableNames.Appointment, StandardTableNames.Email, StandardTableNames.PhoneCall),
                ColumnDefinition.Lookup("partyid", StandardTableNames.Account, StandardTableNames.Contact, StandardTableNames.SystemUser),
                ColumnDefinition.Integer("participationtypemask"));

    /// <summary>Writes a data.zip holding these parts (null parts are left out) and returns its path.</summary>
    public static string Zip(string folder, string? data = Data, string? schema = Schema, string name = "data.zip")
    {
        var path = Path.Combine(folder, name);
        using var zip = ZipFile.Open(path, ZipArchiveMode.Create);
        Add(zip, CmtFormat.ContentTypesFile, CmtFormat.ContentTypes);
        if (data != null)
        {
            Add(zip, CmtFormat.DataFile, data);
        }

        if (schema != null)
        {
            Add(zip, CmtFormat.SchemaFile, schema);
        }

        return path;
    }

    private static void Add(ZipArchive zip, string name, string text)
    {
        using var stream = zip.CreateEntry(name).Open();
        var bytes = Encoding.UTF8.GetBytes(text);
        stream.Write(bytes);
    }
}
