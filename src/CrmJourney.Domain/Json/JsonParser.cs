using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace CrmJourney.Domain.Json;

/// <summary>
/// A strict recursive-descent reader of one JSON document (RFC 8259), tracking the line, the position on
/// the line and the member path so every error can say where it is. Nesting deeper than
/// <see cref="MaxDepth"/> is refused rather than risking the stack.
/// </summary>
internal sealed class JsonParser
{
    private const int MaxDepth = 64;

    private readonly string _text;
    private readonly List<string> _path = new();
    private int _index;
    private int _line = 1;
    private int _lineStart;

    private JsonParser(string text)
    {
        _text = text;
    }

    public static JsonValue ParseDocument(string text)
    {
        var parser = new JsonParser(text);
        parser.SkipWhiteSpace();
        if (parser.AtEnd)
        {
            throw parser.Error("the document is empty; write a JSON value such as {}");
        }

        var value = parser.ReadValue(0);
        parser.SkipWhiteSpace();
        if (!parser.AtEnd)
        {
            throw new JsonSyntaxException("there is more text after the end of the document", parser._line, parser._index - parser._lineStart, string.Empty, afterDocument: true);
        }

        return value;
    }

    private bool AtEnd => _index >= _text.Length;

    private JsonValue ReadValue(int depth)
    {
        if (depth > MaxDepth)
        {
            throw Error("the document nests objects and arrays too deeply");
        }

        if (AtEnd)
        {
            throw Error("the document ends where a value was expected");
        }

        var c = _text[_index];
        switch (c)
        {
            case '{':
                return ReadObject(depth);
            case '[':
                return ReadArray(depth);
            case '"':
                return new JsonString(ReadString());
            case 't':
                ReadWord("true");
                return JsonBoolean.True;
            case 'f':
                ReadWord("false");
                return JsonBoolean.False;
            case 'n':
                ReadWord("null");
                return JsonNull.Instance;
            default:
                if (c == '-' || (c >= '0' && c <= '9'))
                {
                    return ReadNumber();
                }

                throw Error($"unexpected character {Describe(c)} where a value was expected");
        }
    }

    private JsonObject ReadObject(int depth)
    {
        var result = new JsonObject();
        _index++;
        SkipWhiteSpace();
        if (!AtEnd && _text[_index] == '}')
        {
            _index++;
            return result;
        }

        _path.Add(string.Empty);
        while (true)
        {
            SkipWhiteSpace();
            if (AtEnd || _text[_index] != '"')
            {
                throw Error(AtEnd ? "the document ends inside an object" : $"unexpected character {Describe(_text[_index])} where a member name in double quotes was expected");
            }

            var name = ReadString();
            if (result.Contains(name))
            {
                throw Error($"the member \"{name}\" appears twice in the same object");
            }

            _path[_path.Count - 1] = name;
            SkipWhiteSpace();
            Expect(':', "after a member name");
            SkipWhiteSpace();
            result[name] = ReadValue(depth + 1);
            SkipWhiteSpace();
            if (AtEnd)
            {
                throw Error("the document ends inside an object");
            }

            var next = _text[_index];
            if (next == ',')
            {
                _index++;
                continue;
            }

            if (next == '}')
            {
                _index++;
                _path.RemoveAt(_path.Count - 1);
                return result;
            }

            throw Error($"unexpected character {Describe(next)} after a value; expected ',' or '}}'");
        }
    }

    private JsonArray ReadArray(int depth)
    {
        var result = new JsonArray();
        _index++;
        SkipWhiteSpace();
        if (!AtEnd && _text[_index] == ']')
        {
            _index++;
            return result;
        }

        _path.Add("[0]");
        while (true)
        {
            _path[_path.Count - 1] = "[" + result.Count.ToString(CultureInfo.InvariantCulture) + "]";
            SkipWhiteSpace();
            result.Add(ReadValue(depth + 1));
            SkipWhiteSpace();
            if (AtEnd)
            {
                throw Error("the document ends inside an array");
            }

            var next = _text[_index];
            if (next == ',')
            {
                _index++;
                continue;
            }

            if (next == ']')
            {
                _index++;
                _path.RemoveAt(_path.Count - 1);
                return result;
            }

            throw Error($"unexpected character {Describe(next)} after a value; expected ',' or ']'");
        }
    }

    private string ReadString()
    {
        _index++;
        var builder = new StringBuilder();
        while (true)
        {
            if (AtEnd)
            {
                throw Error("the document ends inside a string; close it with a double quote");
            }

            var c = _text[_index];
            if (c == '"')
            {
                _index++;
                return builder.ToString();
            }

            if (c < ' ')
            {
                throw Error("a string holds a line break or control character; write it as an escape such as \\n");
            }

            if (c != '\\')
            {
                builder.Append(c);
                _index++;
                continue;
            }

            if (_index + 1 >= _text.Length)
            {
                throw Error("the document ends inside a string; close it with a double quote");
            }

            var escape = _text[_index + 1];
            switch (escape)
            {
                case '"': builder.Append('"'); break;
                case '\\': builder.Append('\\'); break;
                case '/': builder.Append('/'); break;
                case 'b': builder.Append('\b'); break;
                case 'f': builder.Append('\f'); break;
                case 'n': builder.Append('\n'); break;
                case 'r': builder.Append('\r'); break;
                case 't': builder.Append('\t'); break;
                case 'u':
                    if (_index + 6 > _text.Length || !ushort.TryParse(_text.Substring(_index + 2, 4), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var code))
                    {
                        throw Error("\\u must be followed by four hexadecimal digits");
                    }

                    builder.Append((char)code);
                    _index += 4;
                    break;
                default:
                    throw Error($"\\{escape} is not a JSON escape; use \\\", \\\\, \\/, \\b, \\f, \\n, \\r, \\t or \\uXXXX");
            }

            _index += 2;
        }
    }

    private JsonNumber ReadNumber()
    {
        var start = _index;
        if (_text[_index] == '-')
        {
            _index++;
        }

        if (AtEnd || !IsDigit(_text[_index]))
        {
            throw Error("a minus sign must be followed by digits");
        }

        if (_text[_index] == '0')
        {
            _index++;
        }
        else
        {
            SkipDigits();
        }

        if (!AtEnd && _text[_index] == '.')
        {
            _index++;
            if (AtEnd || !IsDigit(_text[_index]))
            {
                throw Error("a decimal point must be followed by digits");
            }

            SkipDigits();
        }

        if (!AtEnd && (_text[_index] == 'e' || _text[_index] == 'E'))
        {
            _index++;
            if (!AtEnd && (_text[_index] == '+' || _text[_index] == '-'))
            {
                _index++;
            }

            if (AtEnd || !IsDigit(_text[_index]))
            {
                throw Error("an exponent must be followed by digits");
            }

            SkipDigits();
        }

        if (!AtEnd && (char.IsLetterOrDigit(_text[_index]) || _text[_index] == '.'))
        {
            _index = start;
            throw Error("a number is malformed (JSON numbers have no leading zeros, letters or second decimal point)");
        }

        return new JsonNumber(_text.Substring(start, _index - start));
    }

    private void ReadWord(string word)
    {
        if (string.CompareOrdinal(_text, _index, word, 0, word.Length) != 0
            || (_index + word.Length < _text.Length && char.IsLetterOrDigit(_text[_index + word.Length])))
        {
            throw Error($"unexpected character {Describe(_text[_index])} where a value was expected (strings need double quotes)");
        }

        _index += word.Length;
    }

    private void SkipDigits()
    {
        while (!AtEnd && IsDigit(_text[_index]))
        {
            _index++;
        }
    }

    private void Expect(char expected, string where)
    {
        if (AtEnd || _text[_index] != expected)
        {
            throw Error(AtEnd ? $"the document ends where '{expected}' was expected {where}" : $"unexpected character {Describe(_text[_index])}; expected '{expected}' {where}");
        }

        _index++;
    }

    private void SkipWhiteSpace()
    {
        while (!AtEnd)
        {
            var c = _text[_index];
            if (c == '\n' || (c == '\r' && (_index + 1 >= _text.Length || _text[_index + 1] != '\n')))
            {
                _index++;
                _line++;
                _lineStart = _index;
            }
            else if (c == ' ' || c == '\t' || c == '\r')
            {
                _index++;
            }
            else
            {
                return;
            }
        }
    }

    private static bool IsDigit(char c) => c >= '0' && c <= '9';

    private static string Describe(char c) => c < ' ' ? "U+" + ((int)c).ToString("X4", CultureInfo.InvariantCulture) : "'" + c + "'";

    private JsonSyntaxException Error(string reason) =>
        new(reason, _line, _index - _lineStart, Path(), afterDocument: false);

    private string Path()
    {
        var builder = new StringBuilder();
        foreach (var segment in _path)
        {
            if (segment.Length > 0 && segment[0] == '[')
            {
                builder.Append(segment);
            }
            else if (segment.Length > 0)
            {
                if (builder.Length > 0)
                {
                    builder.Append('.');
                }

                builder.Append(segment);
            }
        }

        return builder.ToString();
    }
}
