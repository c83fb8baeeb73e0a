using System;
using System.Collections.Frozen;
using System.Globalization;
using System.Linq;
using System.ServiceModel;
using System.Xml.Linq;
using Microsoft.Xrm.Sdk;

namespace CrmJourney.LocalOrg.Fetch;

/// <summary>
/// Reading FetchXML elements strictly: only the attributes FetchXML declares, required attributes
/// present, booleans and numbers well-formed. Each mistake is a fault that names the element and
/// quotes it (NodeXml), as Dataverse's own messages do.
/// </summary>
internal static class FetchXmlElements
{
    /// <summary>Refuses any attribute of <paramref name="element"/> that is not in <paramref name="allowed"/>.</summary>
    public static void CheckAttributes(XElement element, FrozenSet<string> allowed)
    {
        foreach (var attribute in element.Attributes())
        {
            // Namespace declarations (xmlns:generator from query tools) and namespaced extras are not FetchXML.
            if (attribute.IsNamespaceDeclaration || attribute.Name.Namespace != XNamespace.None)
            {
                continue;
            }

            if (!allowed.Contains(attribute.Name.LocalName))
            {
                throw Fault(
                    FetchErrorCodes.InvalidArgument,
                    "The '{0}' attribute is not declared on the {1} element.{2} NodeXml: {3}",
                    attribute.Name.LocalName,
                    element.Name.LocalName,
                    allowed.Count == 0 ? " It takes no attributes." : " Allowed: " + string.Join(", ", allowed.Order(StringComparer.Ordinal)) + ".",
                    NodeXml(element));
            }
        }
    }

    /// <summary>The value of an attribute the element cannot do without.</summary>
    public static string RequiredAttribute(XElement element, string attribute)
    {
        var value = element.Attribute(attribute)?.Value;
        if (string.IsNullOrWhiteSpace(value))
        {
            throw Fault(
                FetchErrorCodes.InvalidArgument,
                "The {0} element needs the {1} attribute. NodeXml: {2}",
                element.Name.LocalName,
                attribute,
                NodeXml(element));
        }

        return value;
    }

    /// <summary>A FetchXML boolean attribute (true/false/1/0), null when absent; anything else faults with <paramref name="errorCode"/>.</summary>
    public static bool? ReadBoolean(XElement element, string attribute, int errorCode)
    {
        var text = element.Attribute(attribute)?.Value;
        if (text is null)
        {
            return null;
        }

        if (FetchXmlValueParser.TryParseBoolean(text, out var value))
        {
            return value;
        }

        throw Fault(
            errorCode,
            "The {0} attribute of the {1} element must be true or false (or 1 or 0); it is '{2}'.",
            attribute,
            element.Name.LocalName,
            text);
    }

    /// <summary>A whole-number attribute greater than zero, null when absent.</summary>
    public static int? ReadPositive(XElement element, string attribute)
    {
        var text = element.Attribute(attribute)?.Value;
        if (text is null)
        {
            return null;
        }

        if (!int.TryParse(text.Trim(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) || value <= 0)
        {
            throw Fault(
                FetchErrorCodes.InvalidArgument,
                "The {0} attribute {1} must be a whole number greater than zero; it is '{2}'.",
                element.Name.LocalName,
                attribute,
                text);
        }

        return value;
    }

    /// <summary>The fault for a child element where FetchXML does not allow it; <paramref name="format"/> takes the node name and its XML.</summary>
    public static FaultException<OrganizationServiceFault> InvalidChild(XElement child, string format) =>
        Fault(FetchErrorCodes.QueryBuilderDeserializeInvalidNode, format, child.Name.LocalName, NodeXml(child));

    /// <summary>The element as one line of XML, for messages.</summary>
    public static string NodeXml(XElement element) => element.ToString(SaveOptions.DisableFormatting);

    /// <summary>A fault with a message formatted with the invariant culture.</summary>
    public static FaultException<OrganizationServiceFault> Fault(int errorCode, string format, params object[] arguments) =>
        FetchFaults.Create(errorCode, string.Format(CultureInfo.InvariantCulture, format, arguments));

    /// <summary>An ordinal set of FetchXML names.</summary>
    public static FrozenSet<string> Set(params string[] names) => names.ToFrozenSet(StringComparer.Ordinal);
}
