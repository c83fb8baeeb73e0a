using System.IO;
using CrmJourney.LocalOrg.Metadata;
using CrmJourney.LocalOrg.Solution;

namespace CrmJourney.LocalOrg.Tests.Solution;

public sealed class SolutionMetadataErrorTests
{
    [Fact]
    public void A_lookup_without_a_relationship_is_reported_against_its_entity_file()
    {
        using var fixture = new SolutionFixture().CustomTable("cjp_engagement", SolutionFixture.Attribute("lookup", "cjp_accountid"));

        var error = Assert.Throws<SolutionMetadataException>(() => SolutionMetadata.Read(fixture.Root));

        Assert.Equal(
            "Entities/cjp_engagement/Entity.xml: attribute cjp_accountid is a lookup but no relationship in Other/Relationships names it.",
            Assert.Single(error.Problems));
    }

    [Fact]
    public void A_lookup_takes_its_target_from_the_relationship_naming_it()
    {
        using var fixture = new SolutionFixture()
            .CustomTable("cjp_engagement", SolutionFixture.Attribute("lookup", "cjp_accountid"))
            .Relationship("Account", "cjp_account_cjp_engagement_accountid", "cjp_engagement", "cjp_accountid", "Account");

        var solution = SolutionMetadata.Read(fixture.Root);

        Assert.Equal(new[] { "account" }, solution.FindTable("cjp_engagement")!.FindColumn("cjp_accountid")!.Targets);
        Assert.Equal("cjp_engagement", Assert.Single(solution.Relationships).ReferencingTable);
    }

    [Fact]
    public void A_choice_whose_global_choice_file_is_missing_is_reported()
    {
        using var fixture = new SolutionFixture()
            .CustomTable("cjp_engagement", SolutionFixture.Attribute("picklist", "cjp_status", "<OptionSetName>cjp_engagementstatus</OptionSetName>"));

        var error = Assert.Throws<SolutionMetadataException>(() => SolutionMetadata.Read(fixture.Root));

        Assert.Equal(
            "Entities/cjp_engagement/Entity.xml: attribute cjp_status uses the choice cjp_engagementstatus, but OptionSets/cjp_engagementstatus.xml does not exist.",
            Assert.Single(error.Problems));
    }

    [Fact]
    public void A_choice_reads_the_values_of_its_global_choice_file()
    {
        using var fixture = new SolutionFixture()
            .Choice("cjp_engagementstatus", 573100000, 573100001)
            .CustomTable("cjp_engagement", SolutionFixture.Attribute("picklist", "cjp_status", "<OptionSetName>cjp_engagementstatus</OptionSetName>"));

        var column = SolutionMetadata.Read(fixture.Root).FindTable("cjp_engagement")!.FindColumn("cjp_status")!;

        Assert.Equal(ColumnType.Choice, column.Type);
        Assert.Equal(new[] { 573100000, 573100001 }, column.AllowedValues!);
    }

    [Fact]
    public void Malformed_xml_is_reported_with_its_file()
    {
        using var fixture = new SolutionFixture().Write("Entities/cjp_broken/Entity.xml", "<Entity><EntityInfo>");

        var error = Assert.Throws<SolutionMetadataException>(() => SolutionMetadata.Read(fixture.Root));

        Assert.StartsWith("Entities/cjp_broken/Entity.xml: not well-formed XML", Assert.Single(error.Problems));
    }

    [Fact]
    public void An_attribute_type_LocalOrg_does_not_read_is_reported_with_the_types_it_reads()
    {
        using var fixture = new SolutionFixture().CustomTable("cjp_widget", SolutionFixture.Attribute("image", "cjp_photo"));

        var error = Assert.Throws<SolutionMetadataException>(() => SolutionMetadata.Read(fixture.Root));

        var problem = Assert.Single(error.Problems);
        Assert.StartsWith("Entities/cjp_widget/Entity.xml: attribute cjp_photo has type 'image', which LocalOrg does not read (it reads nvarchar, ", problem);
    }

    [Fact]
    public void An_alternate_key_on_an_undeclared_column_is_reported()
    {
        const string keys = """
            <EntityKeys><EntityKey><LogicalName>cjp_widgetcode</LogicalName>
              <EntityKeyAttributes><AttributeName>cjp_code</AttributeName></EntityKeyAttributes>
            </EntityKey></EntityKeys>
            """;
        using var fixture = new SolutionFixture().CustomTable("cjp_widget", keys: keys);

        var error = Assert.Throws<SolutionMetadataException>(() => SolutionMetadata.Read(fixture.Root));

        Assert.Equal("Entities/cjp_widget/Entity.xml: alternate key cjp_widgetcode names cjp_code, which the file does not declare.", Assert.Single(error.Problems));
    }

    [Fact]
    public void A_relationship_naming_a_column_the_table_does_not_declare_is_reported_against_the_relationship_file()
    {
        using var fixture = new SolutionFixture()
            .CustomTable("cjp_widget")
            .Relationship("Account", "cjp_account_cjp_widget_accountid", "cjp_widget", "cjp_accountid", "Account");

        var error = Assert.Throws<SolutionMetadataException>(() => SolutionMetadata.Read(fixture.Root));

        Assert.Equal(
            "Other/Relationships/Account.xml: relationship cjp_account_cjp_widget_accountid names cjp_widget.cjp_accountid, which Entities/cjp_widget/Entity.xml does not declare.",
            Assert.Single(error.Problems));
    }

    [Fact]
    public void A_primary_key_not_named_after_the_table_is_reported()
    {
        using var fixture = new SolutionFixture().CustomTable("cjp_widget", primaryKey: "cjp_thingid");

        var error = Assert.Throws<SolutionMetadataException>(() => SolutionMetadata.Read(fixture.Root));

        Assert.Equal("Entities/cjp_widget/Entity.xml: the primary key is cjp_thingid, but Dataverse names it cjp_widgetid.", Assert.Single(error.Problems));
    }

    [Fact]
    public void Every_problem_of_every_file_is_reported_in_one_run()
    {
        using var fixture = new SolutionFixture()
            .CustomTable("cjp_one", SolutionFixture.Attribute("lookup", "cjp_accountid"))
            .CustomTable("cjp_two", SolutionFixture.Attribute("picklist", "cjp_kind", "<OptionSetName>cjp_kind</OptionSetName>"));

        var error = Assert.Throws<SolutionMetadataException>(() => SolutionMetadata.Read(fixture.Root));

        Assert.Equal(2, error.Problems.Count);
        Assert.StartsWith("Entities/cjp_one/Entity.xml:", error.Problems[0]);
        Assert.StartsWith("Entities/cjp_two/Entity.xml:", error.Problems[1]);
    }

    [Fact]
    public void A_folder_without_entities_is_refused_with_the_folder_to_pass()
    {
        var empty = Directory.CreateTempSubdirectory("cjp-empty-").FullName;

        var error = Assert.Throws<SolutionMetadataException>(() => SolutionMetadata.Read(empty));

        Assert.Contains("pass the unpacked solution's src folder", Assert.Single(error.Problems));
        Directory.Delete(empty);
    }
}
