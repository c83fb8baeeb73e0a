using System;
using System.Collections.Generic;
using System.IO;

namespace CrmJourney.LocalOrg.Csv;

/// <summary>
/// An RFC 4180 reader that knows where every field starts: the physical line (quoted fields may span
/// lines) and the field's position in its row. Own code rather than a CSV library because every import
/// problem is reported as <c>file:line:column</c>, and the positions must be exact.
/// </summary>
/// <remarks>
/// Fields are handed out as spans of one reused buffer, so reading a million rows allocates nothing per
/// field except the strings the caller decides to keep. Lines end with CRLF, LF or CR; completely empty
/// lines between records are skipped. A quoted field that is empty (<c>""</c>) is told apart from an
/// empty unquoted one, which lets the importer keep an empty text apart from no value. The first
/// syntax error stops the file: positions after it would be guesses.
/// </remarks>
internal sealed class CsvRecordReader
{
    private const int Eof = -1;
    private const char Quote = '"';
    private const char Separator = ',';
    private const char CarriageReturn = '\r';
    private const char LineFeed = '\n';

    private readonly TextReader _reader;
    private readonly char[] _input = new char[1 << 16];
    private readonly List<Field> _fields = new();
    private char[] _record = new char[1024];
    private int _recordLength;
    private int _inputLength;
    private int _inputPosition;
    private int _line = 1;

    public CsvRecordReader(TextReader reader)
    {
        _reader = reader;
    }

    /// <summary>Number of fields in the current record.</summary>
    public int FieldCount => _fields.Count;

    /// <summary>The physical line (1-based) where the current record starts.</summary>
    public int RecordLine { get; private set; }

    /// <summary>The syntax error that stopped the reader, if any.</summary>
    public CsvSyntaxError? Error { get; private set; }

    /// <summary>The text of a field of the current record, quotes removed and doubled quotes undone.</summary>
    public ReadOnlySpan<char> this[int field] => _record.AsSpan(_fields[field].Start, _fields[field].Length);

    /// <summary>True when the field was written in quotes.</summary>
    public bool IsQuoted(int field) => _fields[field].Quoted;

    /// <summary>The physical line where the field starts.</summary>
    public int LineOf(int field) => _fields[field].Line;

    /// <summary>Reads the next record; false at the end of the input or after a syntax error.</summary>
    public bool Read()
    {
        _fields.Clear();
        _recordLength = 0;
        if (Error != null)
        {
            return false;
        }

        while (Peek() is CarriageReturn or LineFeed)
        {
            ConsumeLineEnd();
        }

        if (Peek() == Eof)
        {
            return false;
        }

        RecordLine = _line;
        while (true)
        {
            var ok = Peek() == Quote ? ReadQuoted() : ReadUnquoted();
            if (!ok)
            {
                _fields.Clear();
                return false;
            }

            var next = Peek();
            if (next == Separator)
            {
                Next();
                continue;
            }

            if (next is CarriageReturn or LineFeed)
            {
                ConsumeLineEnd();
            }

            return true;
        }
    }

    private bool ReadUnquoted()
    {
        var start = _recordLength;
        var line = _line;
        while (true)
        {
            var c = Peek();
            if (c is Eof or Separator or CarriageReturn or LineFeed)
            {
                _fields.Add(new Field(start, _recordLength - start, line, Quoted: false));
                return true;
            }

            if (c == Quote)
            {
                Error = new CsvSyntaxError(
                    _line,
                    _fields.Count + 1,
                    "a quote inside an unquoted field — put the whole field in quotes and double each quote inside it, e.g. \"say \"\"hi\"\"\"");
                return false;
            }

            Append((char)Next());
        }
    }

    private bool ReadQuoted()
    {
        var start = _recordLength;
        var line = _line;
        Next();
        while (true)
        {
            var c = Next();
            switch (c)
            {
                case Eof:
                    Error = new CsvSyntaxError(line, _fields.Count + 1, "this quoted field is never closed — add the closing quote");
                    return false;
                case Quote when Peek() == Quote:
                    Next();
                    Append(Quote);
                    break;
                case Quote:
                    var after = Peek();
                    if (after is not (Eof or Separator or CarriageReturn or LineFeed))
                    {
                        Error = new CsvSyntaxError(
                            _line,
                            _fields.Count + 1,
                            "text after the closing quote — quote the whole field and double each quote inside it");
                        return false;
                    }

                    _fields.Add(new Field(start, _recordLength - start, line, Quoted: true));
                    return true;
                case CarriageReturn:
                    Append(CarriageReturn);
                    if (Peek() == LineFeed)
                    {
                        Append((char)Next());
                    }

                    _line++;
                    break;
                case LineFeed:
                    Append(LineFeed);
                    _line++;
                    break;
                default:
                    Append((char)c);
                    break;
            }
        }
    }

    private void ConsumeLineEnd()
    {
        if (Next() == CarriageReturn && Peek() == LineFeed)
        {
            Next();
        }

        _line++;
    }

    private void Append(char c)
    {
        if (_recordLength == _record.Length)
        {
            Array.Resize(ref _record, _record.Length * 2);
        }

        _record[_recordLength++] = c;
    }

    private int Peek()
    {
        if (_inputPosition == _inputLength && !Fill())
        {
            return Eof;
        }

        return _input[_inputPosition];
    }

    private int Next()
    {
        var c = Peek();
        if (c != Eof)
        {
            _inputPosition++;
        }

        return c;
    }

    private bool Fill()
    {
        _inputLength = _reader.Read(_input, 0, _input.Length);
        _inputPosition = 0;
        return _inputLength > 0;
    }

    private readonly record struct Field(int Start, int Length, int Line, bool Quoted);
}
