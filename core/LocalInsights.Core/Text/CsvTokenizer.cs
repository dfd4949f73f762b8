using System.Text;

namespace LocalInsights.Core.Text;

/// <summary>
/// Splits delimited text into records (RFC 4180): fields may be quoted, quoted fields may hold separators,
/// doubled quotes and line breaks. Tracks the physical line each record starts on, for messages.
/// </summary>
/// <remarks>
/// A quote inside an unquoted field is kept as a character, as Excel does. A quoted field that is never closed
/// runs to the end of the input; <see cref="UnclosedQuote"/> is then set so the caller can reject the record.
/// </remarks>
internal sealed class CsvTokenizer(TextReader reader, char separator, long firstLineNumber)
{
    private readonly StringBuilder _field = new();
    private long _line = firstLineNumber;
    private int _peeked = -2;

    /// <summary>Line number (1-based) where the last record read starts.</summary>
    public long RecordLine { get; private set; }

    public bool UnclosedQuote { get; private set; }

    /// <summary>Reads the next record into <paramref name="fields"/>; returns false at the end of the input.</summary>
    public bool ReadRecord(List<string> fields)
    {
        fields.Clear();
        UnclosedQuote = false;
        if (Peek() < 0)
        {
            return false;
        }

        RecordLine = _line;
        while (true)
        {
            var ended = ReadField(fields);
            if (ended)
            {
                return true;
            }
        }
    }

    /// <summary>Reads one field; returns true when it ended the record.</summary>
    private bool ReadField(List<string> fields)
    {
        _field.Clear();
        var quoted = Peek() == '"';
        if (quoted)
        {
            Read();
            ReadQuoted();
        }

        while (true)
        {
            var next = Read();
            if (next < 0)
            {
                fields.Add(_field.ToString());
                return true;
            }

            if (next == separator)
            {
                fields.Add(_field.ToString());
                return false;
            }

            if (next == '\r' || next == '\n')
            {
                if (next == '\r' && Peek() == '\n')
                {
                    Read();
                }

                _line++;
                fields.Add(_field.ToString());
                return true;
            }

            _field.Append((char)next);
        }
    }

    private void ReadQuoted()
    {
        while (true)
        {
            var next = Read();
            if (next < 0)
            {
                UnclosedQuote = true;
                return;
            }

            if (next == '"')
            {
                if (Peek() == '"')
                {
                    Read();
                    _field.Append('"');
                    continue;
                }

                return;
            }

            if (next == '\n' || (next == '\r' && Peek() != '\n'))
            {
                _line++;
            }

            _field.Append((char)next);
        }
    }

    private int Peek()
    {
        if (_peeked == -2)
        {
            _peeked = reader.Read();
        }

        return _peeked;
    }

    private int Read()
    {
        var value = Peek();
        _peeked = -2;
        return value;
    }
}
