using System;
using System.Globalization;
using CrmJourney.LocalOrg.Fetch;

namespace CrmJourney.LocalOrg.Tests.Fetch;

public sealed class FetchXmlValueParserTests
{
    private const int InvalidValue = unchecked((int)0x80041108);

    [Fact]
    public void Whole_numbers_choices_and_multi_select_options_become_ints()
    {
        Assert.Equal(-42, FetchXmlValueParser.Parse("-42", FetchValueKind.Integer, "account", "cjp_touchpointcount"));
        Assert.Equal(573100002, FetchXmlValueParser.Parse("573100002", FetchValueKind.Choice, "account", "cjp_journeystage"));
        Assert.Equal(573100001, FetchXmlValueParser.Parse(" 573100001 ", FetchValueKind.MultiChoice, "cjp_nurturerule", "cjp_stages"));
    }

    [Fact]
    public void Decimals_and_currency_become_decimals_and_floating_point_becomes_a_double()
    {
        Assert.Equal(1250.50m, FetchXmlValueParser.Parse("1250.50", FetchValueKind.Decimal, "account", "exchangerate"));
        Assert.Equal(-3.5m, FetchXmlValueParser.Parse("-3.5", FetchValueKind.Money, "account", "revenue"));
        Assert.Equal(0.75d, FetchXmlValueParser.Parse("0.75", FetchValueKind.Double, "account", "address1_latitude"));
        Assert.Equal(1500d, FetchXmlValueParser.Parse("1.5E3", FetchValueKind.Double, "account", "address1_latitude"));
    }

    [Fact]
    public void Numbers_are_read_with_the_invariant_culture_whatever_the_machine_culture()
    {
        var previous = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("fr-FR");

            Assert.Equal(1.5m, FetchXmlValueParser.Parse("1.5", FetchValueKind.Money, "account", "revenue"));
            Assert.Equal(2.25d, FetchXmlValueParser.Parse("2.25", FetchValueKind.Double, "account", "address1_latitude"));
        }
        finally
        {
            CultureInfo.CurrentCulture = previous;
        }
    }

    [Fact]
    public void A_comma_is_not_read_as_a_decimal_point_even_on_a_machine_whose_culture_uses_one()
    {
        var previous = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("fr-FR");

            Assert.False(FetchXmlValueParser.TryParse("1,5", FetchValueKind.Double, out _));
        }
        finally
        {
            CultureInfo.CurrentCulture = previous;
        }
    }

    [Theory]
    [InlineData("2026-07-03", 2026, 7, 3, 0, 0, 0)]
    [InlineData("2026-07-03T14:30", 2026, 7, 3, 14, 30, 0)]
    [InlineData("2026-07-03T14:30:15Z", 2026, 7, 3, 14, 30, 15)]
    [InlineData("2026-07-03T16:30:15+02:00", 2026, 7, 3, 14, 30, 15)]
    [InlineData("2026-07-03 14:30:15", 2026, 7, 3, 14, 30, 15)]
    [InlineData("2026-07-03T14:30:15.250Z", 2026, 7, 3, 14, 30, 15)]
    public void ISO_8601_dates_become_UTC_date_times(string text, int year, int month, int day, int hour, int minute, int second)
    {
        var value = Assert.IsType<DateTime>(FetchXmlValueParser.Parse(text, FetchValueKind.DateTime, "account", "createdon"));

        Assert.Equal(new DateTime(year, month, day, hour, minute, second, DateTimeKind.Utc), new DateTime(value.Year, value.Month, value.Day, value.Hour, value.Minute, value.Second, DateTimeKind.Utc));
        Assert.Equal(DateTimeKind.Utc, value.Kind);
    }

    [Fact]
    public void Fractions_of_a_second_are_kept()
    {
        var value = Assert.IsType<DateTime>(FetchXmlValueParser.Parse("2026-07-03T14:30:15.250Z", FetchValueKind.DateTime, "account", "createdon"));

        Assert.Equal(250, value.Millisecond);
    }

    [Theory]
    [InlineData("1", true)]
    [InlineData("0", false)]
    [InlineData("true", true)]
    [InlineData("FALSE", false)]
    public void Yes_no_values_are_digits_or_words(string text, bool expected)
    {
        Assert.Equal(expected, FetchXmlValueParser.Parse(text, FetchValueKind.Boolean, "account", "creditonhold"));
    }

    [Theory]
    [InlineData("{5C8B5D37-3C1F-4F43-9E43-3D8F0B2F7A10}")]
    [InlineData("5c8b5d37-3c1f-4f43-9e43-3d8f0b2f7a10")]
    public void Ids_are_GUIDs_with_or_without_braces(string text)
    {
        var expected = new Guid("5c8b5d37-3c1f-4f43-9e43-3d8f0b2f7a10");

        Assert.Equal(expected, FetchXmlValueParser.Parse(text, FetchValueKind.Lookup, "account", "primarycontactid"));
        Assert.Equal(expected, FetchXmlValueParser.Parse(text, FetchValueKind.Guid, "account", "accountid"));
    }

    [Fact]
    public void Text_is_kept_with_its_spaces()
    {
        Assert.Equal("  Tax advisory ", FetchXmlValueParser.Parse("  Tax advisory ", FetchValueKind.String, "cjp_serviceline", "cjp_name"));
    }

    [Theory]
    [InlineData("abc", FetchValueKind.Integer, "account", "cjp_touchpointcount", "'abc' is not a whole number for account.cjp_touchpointcount.")]
    [InlineData("2147483648", FetchValueKind.Integer, "account", "cjp_touchpointcount", "'2147483648' is not a whole number for account.cjp_touchpointcount.")]
    [InlineData("1.5", FetchValueKind.Choice, "account", "cjp_tier", "'1.5' is not a choice value (a whole number such as 573100000) for account.cjp_tier.")]
    [InlineData("12 EUR", FetchValueKind.Money, "account", "revenue", "'12 EUR' is not a currency amount (invariant culture, e.g. 1250.50) for account.revenue.")]
    [InlineData("yes", FetchValueKind.Boolean, "account", "creditonhold", "'yes' is not a yes/no value (0, 1, true or false) for account.creditonhold.")]
    [InlineData("03/07/2026", FetchValueKind.DateTime, "account", "createdon", "'03/07/2026' is not an ISO-8601 date or date and time (e.g. 2026-07-03 or 2026-07-03T14:30:00Z) for account.createdon.")]
    [InlineData("not-a-guid", FetchValueKind.Lookup, "account", "primarycontactid", "'not-a-guid' is not a GUID (with or without braces) for account.primarycontactid.")]
    [InlineData("NaN", FetchValueKind.Double, "account", "address1_latitude", "'NaN' is not a floating point number (invariant culture, e.g. 0.75) for account.address1_latitude.")]
    public void Text_that_does_not_fit_the_kind_faults_naming_the_value_the_expected_form_and_the_column(string text, FetchValueKind kind, string table, string column, string message)
    {
        var fault = FetchFaultAssert.Throws(InvalidValue, message, () => FetchXmlValueParser.Parse(text, kind, table, column));

        Assert.Equal(message, fault.Message);
    }

    [Fact]
    public void TryParse_reports_a_mismatch_without_throwing()
    {
        Assert.False(FetchXmlValueParser.TryParse("abc", FetchValueKind.Decimal, out var value));
        Assert.Null(value);
    }

    [Theory]
    [InlineData("0", 0)]
    [InlineData("180", 180)]
    public void Day_and_month_counts_are_whole_numbers_of_zero_or_more(string text, int expected)
    {
        Assert.Equal(expected, FetchXmlValueParser.ParseCount(text, "account", "cjp_lasttouchpointon"));
    }

    [Theory]
    [InlineData("-3")]
    [InlineData("six")]
    public void Other_day_counts_fault(string text)
    {
        FetchFaultAssert.Throws(InvalidValue, $"'{text}' is not a whole number of zero or more for account.cjp_lasttouchpointon.", () => FetchXmlValueParser.ParseCount(text, "account", "cjp_lasttouchpointon"));
    }
}
