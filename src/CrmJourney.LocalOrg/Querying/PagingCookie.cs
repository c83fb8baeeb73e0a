using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Xml.Linq;
using CrmJourney.LocalOrg.Faults;
using CrmJourney.LocalOrg.Storage;

namespace CrmJourney.LocalOrg.Querying;

/// <summary>
/// The paging cookie: opaque XML in Dataverse's shape, <c>&lt;cookie page="1"&gt;&lt;name last=".." first=".." /&gt;&lt;accountid
/// last="{…}" first="{…}" /&gt;&lt;/cookie&gt;</c>, carrying the sort values and primary id of the page's first and last
/// rows. The next page starts after the last row's (sort values, id), so no row is lost or repeated
/// across pages even when sort values tie or rows change between pages.
/// </summary>
internal static class PagingCookie
{
    public static string Create(int page, IReadOnlyList<(string Column, string? Alias)> orderColumns, string primaryIdColumn, ResultRow first, ResultRow last)
    {
        var cookie = new XElement("cookie", new XAttribute("page", page));
        for (var index = 0; index < orderColumns.Count; index++)
        {
            var element = new XElement(orderColumns[index].Column, new XAttribute("last", Encode(last.SortValues[index])), new XAttribute("first", Encode(first.SortValues[index])));
            if (orderColumns[index].Alias != null)
            {
                element.Add(new XAttribute("alias", orderColumns[index].Alias!));
            }

            cookie.Add(element);
        }

        cookie.Add(new XElement(primaryIdColumn, new XAttribute("last", last.Slots[0]!.Id.ToString("B").ToUpperInvariant()), new XAttribute("first", first.Slots[0]!.Id.ToString("B").ToUpperInvariant())));
        if (last.Slots.Length > 1)
        {
            cookie.Add(new XElement("linkedrows", new XAttribute("last", string.Join(",", last.Slots.Skip(1).Select(row => (row?.Id ?? Guid.Empty).ToString("N"))))));
        }

        return cookie.ToString(SaveOptions.DisableFormatting);
    }

    /// <summary>The sort values and row ids of the cookie's last row, for positioning the next page.</summary>
    public static (object?[] SortValues, Guid[] SlotIds) ReadLast(string cookie, int orderCount, int slotCount)
    {
        try
        {
            var root = XElement.Parse(cookie);
            var elements = root.Elements().ToList();
            var values = new object?[orderCount];
            for (var index = 0; index < orderCount; index++)
            {
                values[index] = Decode((string?)elements[index].Attribute("last"));
            }

            var ids = new Guid[slotCount];
            ids[0] = Guid.Parse((string)elements[orderCount].Attribute("last")!);
            var linked = root.Element("linkedrows")?.Attribute("last")?.Value.Split(',');
            for (var slot = 1; slot < slotCount; slot++)
            {
                ids[slot] = linked != null && slot - 1 < linked.Length ? Guid.Parse(linked[slot - 1]) : Guid.Empty;
            }

            return (values, ids);
        }
        catch (Exception exception) when (exception is System.Xml.XmlException or FormatException or ArgumentException or InvalidCastException or NullReferenceException)
        {
            throw OrganizationFaults.InvalidArgument("The paging cookie is not one this query returned: pass back EntityCollection.PagingCookie unchanged, with the same orders.");
        }
    }

    private static string Encode(object? value) => value switch
    {
        null => "n:",
        string text => "s:" + text,
        int number => "i:" + number.ToString(CultureInfo.InvariantCulture),
        decimal number => "m:" + number.ToString(CultureInfo.InvariantCulture),
        double number => "d:" + number.ToString("R", CultureInfo.InvariantCulture),
        bool flag => flag ? "b:1" : "b:0",
        DateTime moment => "t:" + moment.Ticks.ToString(CultureInfo.InvariantCulture),
        Guid id => "g:" + id.ToString("N"),
        StoredReference reference => "r:" + reference.LogicalName + ":" + reference.Id.ToString("N"),
        _ => throw OrganizationFaults.NotSupported($"ordering by a value of type {value.GetType().Name}"),
    };

    private static object? Decode(string? text)
    {
        if (text == null || text.Length < 2)
        {
            throw new FormatException("Malformed cookie value.");
        }

        var body = text.Substring(2);
        return text[0] switch
        {
            'n' => null,
            's' => body,
            'i' => int.Parse(body, CultureInfo.InvariantCulture),
            'm' => decimal.Parse(body, CultureInfo.InvariantCulture),
            'd' => double.Parse(body, CultureInfo.InvariantCulture),
            'b' => body == "1",
            't' => new DateTime(long.Parse(body, CultureInfo.InvariantCulture), DateTimeKind.Utc),
            'g' => Guid.Parse(body),
            'r' => new StoredReference(body.Substring(0, body.LastIndexOf(':')), Guid.Parse(body.Substring(body.LastIndexOf(':') + 1))),
            _ => throw new FormatException("Malformed cookie value."),
        };
    }
}
