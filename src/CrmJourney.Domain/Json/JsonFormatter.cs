using System.Globalization;
using System.Text;

namespace CrmJourney.Domain.Json;

/// <summary>
/// Writes <see cref="JsonValue"/>s as text: compact, or indented by two spaces with one member or item
/// per line, <c>"name": value</c>, and <c>[]</c> / <c>{}</c> for empty containers. Strings escape only
/// what JSON requires (quote, backslash, control characters) plus U+0085, U+2028 and U+2029, which some
/// readers take for line ends.
/// </summary>
internal static class JsonFormatter
{
    public static string Write(JsonValue value, bool indented)
    {
        var builder = new StringBuilder();
        Write(builder, value, indented, 0);
        return builder.ToString();
    }

    private static void Write(StringBuilder builder, JsonValue value, bool indented, int depth)
    {
        switch (value)
        {
            case JsonObject obj:
                if (obj.Properties.Count == 0)
                {
                    builder.Append("{}");
                    return;
                }

                builder.Append('{');
                for (var i = 0; i < obj.Properties.Count; i++)
                {
                    if (i > 0)
                    {
                        builder.Append(',');
                    }

                    NewLine(builder, indented, depth + 1);
                    WriteString(builder, obj.Properties[i].Name);
                    builder.Append(indented ? ": " : ":");
                    Write(builder, obj.Properties[i].Value, indented, depth + 1);
                }

                NewLine(builder, indented, depth);
                builder.Append('}');
                return;
            case JsonArray array:
                if (array.Count == 0)
                {
                    builder.Append("[]");
                    return;
                }

                builder.Append('[');
                for (var i = 0; i < array.Count; i++)
                {
                    if (i > 0)
                    {
                        builder.Append(',');
                    }

                    NewLine(builder, indented, depth + 1);
                    Write(builder, array[i], indented, depth + 1);
                }

                NewLine(builder, indented, depth);
                builder.Append(']');
                return;
            case JsonString text:
                WriteString(builder, text.Value);
                return;
            case JsonNumber number:
                builder.Append(number.Text);
                return;
            case JsonBoolean boolean:
                builder.Append(boolean.Value ? "true" : "false");
                return;
            default:
                builder.Append("null");
                return;
        }
    }

    private static void NewLine(StringBuilder builder, bool indented, int depth)
    {
        if (indented)
        {
            builder.Append('\n').Append(' ', depth * 2);
        }
    }

    private static void WriteString(StringBuilder builder, string text)
    {
        builder.Append('"');
        foreach (var c in text)
        {
            switch (c)
            {
                case '"': builder.Append("\\\""); break;
                case '\\': builder.Append("\\\\"); break;
                case '\n': builder.Append("\\n"); break;
                case '\r': builder.Append("\\r"); break;
                case '\t': builder.Append("\\t"); break;
                case '\b': builder.Append("\\b"); break;
                case '\f': builder.Append("\\f"); break;
                default:
                    if (c < ' ' || c == '\u0085' || c == '\u2028' || c == '\u2029')
                    {
                        builder.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        builder.Append(c);
                    }

                    break;
            }
        }

        builder.Append('"');
    }
}
