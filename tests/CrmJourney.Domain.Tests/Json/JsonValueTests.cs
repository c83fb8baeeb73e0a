using System;
using CrmJourney.Domain.Json;

namespace CrmJourney.Domain.Tests.Json;

public sealed class JsonValueTests
{
    [Fact]
    public void Members_keep_their_document_order_and_their_kinds()
    {
        var value = (JsonObject)JsonValue.Parse("{\"b\": [1, \"two\", true, null], \"a\": {\"x\": -0.5e3}}");

        Assert.Equal(new[] { "b", "a" }, Array.ConvertAll(new[] { value.Properties[0], value.Properties[1] }, p => p.Name));
        var list = (JsonArray)value["b"]!;
        Assert.Equal(new[] { JsonKind.Number, JsonKind.String, JsonKind.Boolean, JsonKind.Null }, new[] { list[0].Kind, list[1].Kind, list[2].Kind, list[3].Kind });
        Assert.Equal("two", ((JsonString)list[1]).Value);
        var number = (JsonNumber)((JsonObject)value["a"]!)["x"]!;
        Assert.False(number.IsWholeNumber);
        Assert.False(number.TryGetInt32(out _));
        Assert.Null(value["missing"]);
    }

    [Theory]
    [InlineData("30", true, 30)]
    [InlineData("-7", true, -7)]
    [InlineData("30.0", false, 0)]
    [InlineData("3e1", false, 0)]
    [InlineData("2147483648", false, 0)]
    public void Only_a_number_written_without_fraction_or_exponent_that_fits_is_a_whole_int(string text, bool whole, int expected)
    {
        var number = (JsonNumber)JsonValue.Parse(text);

        Assert.Equal(whole, number.TryGetInt32(out var value));
        Assert.Equal(expected, value);
    }

    [Fact]
    public void Escapes_are_read_and_written_back()
    {
        var text = (JsonString)JsonValue.Parse("\"quote \\\" slash \\\\ tab \\t line \\n e-acute \\u00e9 \\/\"");

        Assert.Equal("quote \" slash \\ tab \t line \n e-acute é /", text.Value);
        Assert.Equal("\"quote \\\" slash \\\\ tab \\t line \\n e-acute é /\"", text.ToString());
    }

    [Fact]
    public void Indented_output_puts_each_member_on_its_own_line_with_two_spaces_per_level()
    {
        var value = new JsonObject
        {
            ["name"] = "x",
            ["list"] = new JsonArray { 1, 2 },
            ["empty"] = new JsonArray(),
            ["nothing"] = new JsonObject(),
            ["none"] = (string?)null,
        };

        Assert.Equal("{\n  \"name\": \"x\",\n  \"list\": [\n    1,\n    2\n  ],\n  \"empty\": [],\n  \"nothing\": {},\n  \"none\": null\n}", value.ToIndentedString());
        Assert.Equal("{\"name\":\"x\",\"list\":[1,2],\"empty\":[],\"nothing\":{},\"none\":null}", value.ToString());
    }

    [Fact]
    public void A_syntax_error_names_its_line_the_characters_before_it_and_the_member_being_read()
    {
        // line 3 is `    {"a": 1 "b": 2}`: four spaces, then 8 characters up to the stray quote.
        var error = Assert.Throws<JsonSyntaxException>(() => JsonValue.Parse("{\n  \"list\": [\n    {\"a\": 1 \"b\": 2}\n  ]\n}"));

        Assert.Equal(3, error.Line);
        Assert.Equal(12, error.Position);
        Assert.Equal("list[0].a", error.Path);
        Assert.False(error.AfterDocument);
    }

    [Fact]
    public void Text_after_a_complete_document_is_reported_as_such()
    {
        var error = Assert.Throws<JsonSyntaxException>(() => JsonValue.Parse("[1] x"));

        Assert.True(error.AfterDocument);
        Assert.Equal(4, error.Position);
    }

    [Theory]
    [InlineData("{\"a\": 1, \"a\": 2}")]
    [InlineData("[1, 2,]")]
    [InlineData("{'a': 1}")]
    [InlineData("// comment\n{}")]
    [InlineData("01")]
    [InlineData("\"open")]
    [InlineData("")]
    [InlineData("tru")]
    public void Anything_that_is_not_strict_json_is_refused(string text)
    {
        Assert.Throws<JsonSyntaxException>(() => JsonValue.Parse(text));
    }
}
