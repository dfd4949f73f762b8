using System.Text;

namespace LocalInsights.Core.Tests.Text;

/// <summary>
/// A character-at-a-time tokenizer with the rules of <c>CsvTokenizer</c>, written for clarity rather than speed.
/// The tests compare the two on generated text: any difference is a defect of the fast one.
/// </summary>
/// <remarks>
/// A quote inside an unquoted field is kept as a character, as Excel does. A quoted field that never closes, or
/// that runs past <see cref="MaxQuotedLineBreaks"/> line breaks or <see cref="MaxQuotedLength"/> characters, is
/// taken to be a stray quote: the record is returned with <see cref="UnclosedQuote"/> set, so that the caller
/// rejects it, and reading resumes at the line after the record's first line. One stray quote therefore costs
/// one row, not the rest of the file.
/// </remarks>
internal sealed class ReferenceCsvTokenizer(
    TextReader reader, char separator, long firstLineNumber, int maxQuotedLineBreaks, int maxQuotedLength)
{
    private readonly StringBuilder _field = new();
    private readonly StringBuilder _replay = new();
    private string _pending = string.Empty;
    private int _pendingIndex;
    private long _line = firstLineNumber;
    private int _peeked = -2;
    private bool _capturing;

    /// <summary>Line number (1-based) where the last record read starts.</summary>
    public long RecordLine { get; private set; }

    public bool UnclosedQuote { get; private set; }

    /// <summary>Reads the next record into <paramref name="fields"/>; returns false at the end of the input.</summary>
    public bool ReadRecord(List<string> fields)
    {
        fields.Clear();
        UnclosedQuote = false;
        _capturing = false;
        _replay.Clear();
        if (Peek() < 0)
        {
            return false;
        }

        RecordLine = _line;
        while (!ReadField(fields))
        {
        }

        return true;
    }

    /// <summary>Reads one field; returns true when it ended the record.</summary>
    private bool ReadField(List<string> fields)
    {
        _field.Clear();
        if (Peek() == '"')
        {
            Read();
            if (!ReadQuoted())
            {
                fields.Add(_field.ToString());
                ResumeAfterFirstLine();
                return true;
            }
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

    /// <summary>Reads a quoted field up to its closing quote; returns false when it is a stray quote.</summary>
    private bool ReadQuoted()
    {
        var lineBreaks = 0;
        while (true)
        {
            var next = Read();
            if (next < 0 || _field.Length > maxQuotedLength)
            {
                UnclosedQuote = true;
                return false;
            }

            if (next == '"')
            {
                if (Peek() != '"')
                {
                    return true;
                }

                Read();
                _field.Append('"');
                continue;
            }

            if (next == '\n' || (next == '\r' && Peek() != '\n'))
            {
                lineBreaks++;
                _line++;
                if (lineBreaks > maxQuotedLineBreaks)
                {
                    UnclosedQuote = true;
                    return false;
                }

                // From the first line break on, what is read may have to be read again.
                _capturing = true;
            }

            _field.Append((char)next);
        }
    }

    /// <summary>Puts back what was read after the record's first line break, so reading resumes there.</summary>
    private void ResumeAfterFirstLine()
    {
        if (!_capturing)
        {
            return;
        }

        if (_peeked >= 0)
        {
            _replay.Append((char)_peeked);
        }

        _peeked = -2;
        _pending = _replay.ToString() + _pending[_pendingIndex..];
        _pendingIndex = 0;
        _capturing = false;
        _line = RecordLine + 1;
    }

    private int Peek()
    {
        if (_peeked == -2)
        {
            _peeked = _pendingIndex < _pending.Length ? _pending[_pendingIndex++] : reader.Read();
        }

        return _peeked;
    }

    private int Read()
    {
        var value = Peek();
        _peeked = -2;
        if (_capturing && value >= 0)
        {
            _replay.Append((char)value);
        }

        return value;
    }
}
