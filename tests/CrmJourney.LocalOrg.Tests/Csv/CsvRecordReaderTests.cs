using System.Collections.Generic;
using System.IO;
using CrmJourney.LocalOrg.Csv;

namespace CrmJourney.LocalOrg.Tests.Csv;

/// <summary>RFC 4180 edge cases, with the positions the importer's messages rely on.</summary>
public sealed class CsvRecordReaderTests
{
    private static List<(int Line, string[] Fields)> ReadAll(string text, out CsvRecordReader reader)
    {
        reader = new CsvRecordReader(new StringReader(text));
        var records = new List<(int, string[])>();
        while (reader.Read())
        {
            var fields = new string[reader.FieldCount];
            for (var field = 0; field < fields.Length; field++)
            {
                fields[field] = reader[field].ToString();
            }

            records.Add((reader.RecordLine, fields));
        }

        return records;
    }

    [Fact]
    public void Quoted_fields_keep_commas_doubled_quotes_and_line_breaks()
    {
        var records = ReadAll("a,b\r\n\"x, y\",\"say \"\"hi\"\"\"\r\n\"two\r\nlines\",z\r\n", out _);

        Assert.Equal(new[] { "x, y", "say \"hi\"" }, records[1].Fields);
        Assert.Equal(new[] { "two\r\nlines", "z" }, records[2].Fields);
    }

    [Fact]
    public void A_record_after_a_multi_line_field_starts_on_its_physical_line()
    {
        var records = ReadAll("id,notes\n1,\"one\ntwo\nthree\"\n2,x\n", out _);

        Assert.Equal(new[] { 1, 2, 5 }, records.ConvertAll(record => record.Line));
    }

    [Fact]
    public void Lf_crlf_and_a_missing_final_line_break_all_end_records()
    {
        var records = ReadAll("a,b\n1,2\r\n3,4", out _);

        Assert.Equal(3, records.Count);
        Assert.Equal(new[] { "3", "4" }, records[2].Fields);
    }

    [Fact]
    public void Blank_lines_between_records_are_skipped_but_still_counted()
    {
        var records = ReadAll("a\r\n\r\n\r\nb\r\n", out _);

        Assert.Equal(2, records.Count);
        Assert.Equal(4, records[1].Line);
    }

    [Fact]
    public void A_trailing_comma_is_one_more_empty_field()
    {
        var records = ReadAll("a,b,\n", out _);

        Assert.Equal(new[] { "a", "b", string.Empty }, records[0].Fields);
    }

    [Fact]
    public void An_empty_quoted_field_is_told_apart_from_an_empty_unquoted_one()
    {
        var reader = new CsvRecordReader(new StringReader("\"\",\n"));

        Assert.True(reader.Read());
        Assert.True(reader.IsQuoted(0));
        Assert.False(reader.IsQuoted(1));
        Assert.True(reader[0].IsEmpty);
        Assert.True(reader[1].IsEmpty);
    }

    [Fact]
    public void An_unclosed_quote_is_reported_where_the_field_opens()
    {
        ReadAll("a,b\n1,\"open\nstill open\n", out var reader);

        Assert.Equal(new CsvSyntaxError(2, 2, "this quoted field is never closed — add the closing quote"), reader.Error);
    }

    [Fact]
    public void A_quote_inside_an_unquoted_field_is_reported_at_its_field()
    {
        ReadAll("a,b,c\n1,2,say \"hi\"\n", out var reader);

        Assert.Equal(2, reader.Error!.Line);
        Assert.Equal(3, reader.Error.Column);
        Assert.StartsWith("a quote inside an unquoted field", reader.Error.Message);
    }

    [Fact]
    public void Text_after_a_closing_quote_is_reported()
    {
        ReadAll("\"ab\"c,d\n", out var reader);

        Assert.Equal(1, reader.Error!.Line);
        Assert.Equal(1, reader.Error.Column);
        Assert.StartsWith("text after the closing quote", reader.Error.Message);
    }

    [Fact]
    public void A_field_longer_than_the_read_buffer_is_read_whole()
    {
        var longText = new string('x', 200_000);

        var records = ReadAll($"a,b\n\"{longText}\",end\n", out _);

        Assert.Equal(longText, records[1].Fields[0]);
        Assert.Equal("end", records[1].Fields[1]);
    }
}
