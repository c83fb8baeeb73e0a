using System.Linq;
using CrmJourney.LocalOrg.Fetch;
using Microsoft.Xrm.Sdk;

namespace CrmJourney.LocalOrg.Tests.Fetch;

public sealed class FetchXmlTranslatorErrorTests
{
    // The codes Dataverse reports (Microsoft.Crm error codes), written out so a wrong constant fails here.
    private const int InvalidXml = unchecked((int)0x80040201);
    private const int InvalidArgument = unchecked((int)0x80040203);
    private const int NotSupported = unchecked((int)0x80040315);
    private const int NoEntity = unchecked((int)0x80041102);
    private const int NoAttribute = unchecked((int)0x80041103);
    private const int InvalidValue = unchecked((int)0x80041108);
    private const int InvalidAlias = unchecked((int)0x80041109);
    private const int AliasDoesNotExist = unchecked((int)0x8004110A);
    private const int InvalidDistinct = unchecked((int)0x80041115);
    private const int InvalidMapping = unchecked((int)0x80041116);
    private const int InvalidLinkType = unchecked((int)0x80041117);
    private const int InvalidDescending = unchecked((int)0x80041119);
    private const int InvalidAggregate = unchecked((int)0x8004111A);
    private const int InvalidNode = unchecked((int)0x8004111C);
    private const int InvalidConditionOperator = unchecked((int)0x80041120);
    private const int InvalidFilterType = unchecked((int)0x80041122);
    private const int ElementNotFound = unchecked((int)0x80041123);
    private const int EmptyXml = unchecked((int)0x80041124);
    private const int TopNotPositive = unchecked((int)0x80041127);
    private const int GroupByWithoutAggregate = unchecked((int)0x8004112E);
    private const int TooManyLinks = unchecked((int)0x8004430D);

    private static OrganizationServiceFault Fails(int errorCode, string messagePart, string fetchXml) =>
        FetchFaultAssert.Throws(errorCode, messagePart, () => FetchXmlTranslator.Translate(fetchXml, FetchTestMetadata.Instance));

    private static string Account(string children, string fetchAttributes = "") =>
        $"<fetch{fetchAttributes}><entity name='account'><attribute name='name'/>{children}</entity></fetch>";

    private static string Condition(string condition) => Account($"<filter>{condition}</filter>");

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void Empty_FetchXML_is_refused(string fetchXml)
    {
        Fails(EmptyXml, "The FetchXML query is empty", fetchXml);
    }

    [Fact]
    public void Text_that_is_not_XML_is_refused_with_the_parser_reason()
    {
        Fails(InvalidXml, "not well-formed XML", "<fetch><entity name='account'></fetch>");
    }

    [Fact]
    public void A_document_that_does_not_start_with_fetch_is_refused()
    {
        Fails(InvalidNode, "Invalid Element Name: query. Expecting: fetch", "<query><entity name='account'/></query>");
    }

    [Fact]
    public void A_fetch_without_an_entity_is_refused()
    {
        Fails(ElementNotFound, "no entity element", "<fetch distinct='false'/>");
    }

    [Fact]
    public void A_fetch_with_two_entities_is_refused()
    {
        Fails(InvalidNode, "NodeName = entity", "<fetch><entity name='account'/><entity name='contact'/></fetch>");
    }

    [Fact]
    public void An_entity_without_a_name_is_refused()
    {
        Fails(InvalidArgument, "The entity element needs the name attribute", "<fetch><entity><attribute name='name'/></entity></fetch>");
    }

    [Fact]
    public void An_unknown_table_is_refused_by_name()
    {
        Fails(NoEntity, "The entity with a name = 'cjp_nosuchtable'", "<fetch><entity name='cjp_nosuchtable'/></fetch>");
    }

    [Fact]
    public void An_unknown_column_is_refused_with_its_table()
    {
        Fails(NoAttribute, "'account' entity doesn't contain attribute with Name = 'cjp_nosuchcolumn'", Account("<attribute name='cjp_nosuchcolumn'/>"));
    }

    [Fact]
    public void An_unknown_column_in_a_condition_is_refused()
    {
        Fails(NoAttribute, "Name = 'cjp_nosuchcolumn'", Condition("<condition attribute='cjp_nosuchcolumn' operator='null'/>"));
    }

    [Fact]
    public void An_unknown_column_in_an_order_is_refused()
    {
        Fails(NoAttribute, "Name = 'cjp_nosuchcolumn'", Account("<order attribute='cjp_nosuchcolumn'/>"));
    }

    [Fact]
    public void An_unknown_element_in_an_entity_is_refused_with_the_valid_ones()
    {
        Fails(
            InvalidNode,
            "Invalid Child Node, valid nodes are filter, order, link-entity, attribute, all-attributes, no-attrs. NodeName = column",
            Account("<column name='name'/>"));
    }

    [Fact]
    public void An_unknown_element_in_a_filter_is_refused()
    {
        Fails(InvalidNode, "There can only be condition and filter nodes. NodeName = attribute", Account("<filter><attribute name='name'/></filter>"));
    }

    [Fact]
    public void An_unknown_element_in_a_condition_is_refused()
    {
        Fails(InvalidNode, "NodeName = values", Condition("<condition attribute='statecode' operator='in'><values>0</values></condition>"));
    }

    [Fact]
    public void An_unknown_attribute_is_refused_with_the_element_and_the_allowed_attributes()
    {
        var fault = Fails(InvalidArgument, "The 'colour' attribute is not declared on the condition element", Condition("<condition attribute='name' operator='null' colour='red'/>"));

        Assert.Contains("operator", fault.Message, System.StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_fetch_attribute_is_refused()
    {
        Fails(InvalidArgument, "The 'limit' attribute is not declared on the fetch element", Account(string.Empty, " limit='5'"));
    }

    [Fact]
    public void A_filter_type_other_than_and_or_is_refused()
    {
        Fails(InvalidFilterType, "Invalid filter type specified. Valid values are 'and', or 'or'. Filter Type Value = xor", Account("<filter type='xor'/>"));
    }

    [Fact]
    public void A_mapping_other_than_logical_is_refused()
    {
        Fails(InvalidMapping, "mapping = physical", Account(string.Empty, " mapping='physical'"));
    }

    [Fact]
    public void A_distinct_that_is_not_a_boolean_is_refused()
    {
        Fails(InvalidDistinct, "The distinct attribute of the fetch element must be true or false", Account(string.Empty, " distinct='maybe'"));
    }

    [Fact]
    public void A_descending_that_is_not_a_boolean_is_refused()
    {
        Fails(InvalidDescending, "it is 'yes'", Account("<order attribute='name' descending='yes'/>"));
    }

    [Fact]
    public void An_operator_LocalOrg_does_not_run_is_refused_by_name()
    {
        Fails(NotSupported, "LocalOrg does not support the FetchXML operator 'under'", Condition("<condition attribute='parentaccountid' operator='under' value='5c8b5d37-3c1f-4f43-9e43-3d8f0b2f7a10'/>"));
    }

    [Theory]
    [InlineData("last-week")]
    [InlineData("this-fiscal-year")]
    [InlineData("eq-businessid")]
    public void Other_Dataverse_operators_are_refused_by_name(string operatorName)
    {
        Fails(NotSupported, $"LocalOrg does not support the FetchXML operator '{operatorName}'", Condition($"<condition attribute='createdon' operator='{operatorName}'/>"));
    }

    [Fact]
    public void An_operator_FetchXML_does_not_have_is_refused_with_the_supported_list()
    {
        var fault = Fails(InvalidConditionOperator, "'equals' is not a FetchXML condition operator", Condition("<condition attribute='name' operator='equals' value='x'/>"));

        Assert.Contains("olderthan-x-days", fault.Message, System.StringComparison.Ordinal);
    }

    [Fact]
    public void A_value_that_does_not_fit_the_column_is_refused_naming_value_and_column()
    {
        Fails(InvalidValue, "'abc' is not a whole number for account.cjp_touchpointcount", Condition("<condition attribute='cjp_touchpointcount' operator='eq' value='abc'/>"));
    }

    [Fact]
    public void A_bad_value_inside_an_in_list_is_refused()
    {
        Fails(InvalidValue, "'Prospect' is not a choice value", Condition("<condition attribute='cjp_journeystage' operator='in'><value>573100000</value><value>Prospect</value></condition>"));
    }

    [Fact]
    public void In_without_values_is_refused()
    {
        Fails(InvalidArgument, "The operator 'in' needs one or more <value> elements", Condition("<condition attribute='statecode' operator='in'/>"));
    }

    [Fact]
    public void In_with_a_value_attribute_instead_of_value_elements_is_refused()
    {
        Fails(InvalidArgument, "The operator 'in' needs one or more <value> elements", Condition("<condition attribute='statecode' operator='in' value='0'/>"));
    }

    [Fact]
    public void Between_with_one_value_is_refused()
    {
        Fails(InvalidArgument, "The operator 'between' needs exactly two <value> elements", Condition("<condition attribute='cjp_touchpointcount' operator='between'><value>1</value></condition>"));
    }

    [Fact]
    public void Null_with_a_value_is_refused()
    {
        Fails(InvalidArgument, "The operator 'null' takes no value: check the condition on account.name", Condition("<condition attribute='name' operator='null' value='x'/>"));
    }

    [Fact]
    public void Eq_without_a_value_is_refused()
    {
        Fails(InvalidArgument, "The operator 'eq' needs exactly one value", Condition("<condition attribute='name' operator='eq'/>"));
    }

    [Fact]
    public void A_condition_without_an_operator_is_refused()
    {
        Fails(InvalidArgument, "The condition element needs the operator attribute", Condition("<condition attribute='name' value='x'/>"));
    }

    [Fact]
    public void Like_on_a_number_column_is_refused()
    {
        Fails(InvalidArgument, "The operator 'like' applies to text columns; account.cjp_touchpointcount is a Integer column", Condition("<condition attribute='cjp_touchpointcount' operator='like' value='1%'/>"));
    }

    [Fact]
    public void A_date_operator_on_a_text_column_is_refused()
    {
        Fails(InvalidArgument, "The operator 'olderthan-x-days' applies to date and time columns", Condition("<condition attribute='name' operator='olderthan-x-days' value='3'/>"));
    }

    [Fact]
    public void Contain_values_on_a_single_choice_column_is_refused()
    {
        Fails(InvalidArgument, "applies to multi-select choice columns", Condition("<condition attribute='cjp_tier' operator='contain-values'><value>573100000</value></condition>"));
    }

    [Fact]
    public void A_negative_day_count_is_refused()
    {
        Fails(InvalidValue, "'-1' is not a whole number of zero or more for account.cjp_lasttouchpointon", Condition("<condition attribute='cjp_lasttouchpointon' operator='last-x-days' value='-1'/>"));
    }

    [Theory]
    [InlineData(" page='1'", "page")]
    [InlineData(" count='10'", "count")]
    [InlineData(" returntotalrecordcount='true'", "returntotalrecordcount")]
    public void Top_with_paging_is_refused_as_Dataverse_refuses_it(string paging, string attribute)
    {
        Fails(InvalidArgument, $"The top attribute can't be specified with paging attribute {attribute}", Account(string.Empty, " top='10'" + paging));
    }

    [Fact]
    public void Top_of_zero_is_refused()
    {
        Fails(TopNotPositive, "top must be greater than zero", Account(string.Empty, " top='0'"));
    }

    [Fact]
    public void Top_above_five_thousand_is_refused()
    {
        Fails(InvalidArgument, "top can't exceed 5,000", Account(string.Empty, " top='5001'"));
    }

    [Theory]
    [InlineData(" page='0'", "page")]
    [InlineData(" count='-5'", "count")]
    [InlineData(" page='two'", "page")]
    public void Paging_numbers_must_be_positive_whole_numbers(string paging, string attribute)
    {
        Fails(InvalidArgument, $"The fetch attribute {attribute} must be a whole number greater than zero", Account(string.Empty, paging));
    }

    [Fact]
    public void An_unknown_link_type_is_refused()
    {
        Fails(InvalidLinkType, "link-type = sideways", Account("<link-entity name='contact' from='contactid' to='primarycontactid' link-type='sideways'/>"));
    }

    [Theory]
    [InlineData("exists")]
    [InlineData("natural")]
    [InlineData("not-any")]
    public void Link_types_other_than_inner_and_outer_are_refused_by_name(string linkType)
    {
        Fails(NotSupported, $"LocalOrg does not support link-type '{linkType}'", Account($"<link-entity name='contact' from='contactid' to='primarycontactid' link-type='{linkType}'/>"));
    }

    [Fact]
    public void More_than_fifteen_link_entities_are_refused()
    {
        var links = string.Concat(Enumerable.Range(1, 16).Select(i => $"<link-entity name='contact' from='contactid' to='primarycontactid' alias='c{i}'/>"));

        Fails(TooManyLinks, "Number of link entities in query exceeded maximum limit", Account(links));
    }

    [Fact]
    public void Fifteen_link_entities_are_accepted()
    {
        var links = string.Concat(Enumerable.Range(1, 15).Select(i => $"<link-entity name='contact' from='contactid' to='primarycontactid' alias='c{i}'/>"));

        var fetch = FetchXmlTranslator.Translate(Account(links), FetchTestMetadata.Instance);

        Assert.Equal(15, fetch.Query.LinkEntities.Count);
    }

    [Fact]
    public void Two_link_entities_with_one_alias_are_refused()
    {
        Fails(
            InvalidAlias,
            "The alias 'x' is used by more than one link-entity",
            Account("<link-entity name='contact' from='contactid' to='primarycontactid' alias='x'/><link-entity name='systemuser' from='systemuserid' to='ownerid' alias='x'/>"));
    }

    [Fact]
    public void A_link_entity_without_from_and_to_is_refused_because_LocalOrg_does_not_infer_relationships()
    {
        Fails(NotSupported, "LocalOrg needs from and to on link-entity 'contact'", Account("<link-entity name='contact' alias='pc'/>"));
    }

    [Fact]
    public void A_link_entity_joining_on_an_unknown_column_is_refused()
    {
        Fails(NoAttribute, "'contact' entity doesn't contain attribute with Name = 'accountid'", Account("<link-entity name='contact' from='accountid' to='accountid' alias='pc'/>"));
    }

    [Fact]
    public void An_unknown_link_table_is_refused()
    {
        Fails(NoEntity, "name = 'cjp_nosuchtable'", Account("<link-entity name='cjp_nosuchtable' from='x' to='accountid'/>"));
    }

    [Fact]
    public void Entityname_on_a_link_entity_condition_is_refused_as_in_Dataverse()
    {
        Fails(
            InvalidValue,
            "The entityname attribute is not a valid attribute on link-entity",
            Account("<link-entity name='contact' from='contactid' to='primarycontactid' alias='pc'><filter><condition entityname='pc' attribute='fullname' operator='null'/></filter></link-entity>"));
    }

    [Fact]
    public void Entityname_naming_no_link_entity_is_refused()
    {
        Fails(AliasDoesNotExist, "No link-entity has the alias or name 'partner'", Condition("<condition entityname='partner' attribute='fullname' operator='null'/>"));
    }

    [Fact]
    public void Entityname_of_the_main_table_joined_to_itself_is_ambiguous()
    {
        Fails(
            InvalidValue,
            "Ambiguous reference (entityname=account)",
            Account("<filter><condition entityname='account' attribute='name' operator='null'/></filter><link-entity name='account' from='parentaccountid' to='accountid'/>"));
    }

    [Fact]
    public void Column_comparison_is_refused_by_name()
    {
        Fails(NotSupported, "LocalOrg does not support column comparison (valueof)", Condition("<condition attribute='createdon' operator='gt' valueof='cjp_stageenteredon'/>"));
    }

    [Fact]
    public void A_column_alias_outside_an_aggregate_query_is_refused()
    {
        Fails(NotSupported, "LocalOrg does not support column aliases outside aggregate queries", Account("<attribute name='cjp_tier' alias='tier'/>"));
    }

    [Fact]
    public void An_aggregate_attribute_in_a_plain_query_is_refused()
    {
        Fails(InvalidAggregate, "An aggregate operation was not initially specified", Account("<attribute name='accountid' aggregate='count' alias='n'/>"));
    }

    [Fact]
    public void Groupby_in_a_plain_query_is_refused_with_Dataverse_message()
    {
        Fails(GroupByWithoutAggregate, "groupby cannot be specified if aggreate is not true", Account("<attribute name='cjp_tier' groupby='true' alias='tier'/>"));
    }

    [Fact]
    public void An_order_by_alias_in_a_plain_query_is_refused()
    {
        Fails(InvalidArgument, "order alias applies to aggregate queries only", Account("<order alias='name'/>"));
    }

    [Fact]
    public void An_order_without_attribute_is_refused()
    {
        Fails(InvalidArgument, "The order element needs an attribute", Account("<order descending='true'/>"));
    }

    [Fact]
    public void The_retained_data_source_is_refused()
    {
        Fails(NotSupported, "datasource", Account(string.Empty, " datasource='retained'"));
    }

    [Fact]
    public void Rowaggregate_is_refused_by_name()
    {
        Fails(NotSupported, "LocalOrg does not support rowaggregate", Account("<attribute name='accountid' alias='CountChildren' rowaggregate='CountChildren'/>"));
    }

    [Fact]
    public void A_link_entity_inside_a_filter_is_refused_by_name()
    {
        Fails(NotSupported, "LocalOrg does not support link-entity inside a filter", Account("<filter><link-entity name='contact' from='parentcustomerid' to='accountid' link-type='any'/></filter>"));
    }
}
