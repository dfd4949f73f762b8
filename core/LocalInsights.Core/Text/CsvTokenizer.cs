using System.Buffers;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace LocalInsights.Core.Text;

/// <summary>
/// Splits delimited text into records (RFC 4180): fields may be quoted, quoted fields may hold separators,
/// doubled quotes and line breaks. Tracks the physical line each record starts on, for messages.
/// </summary>
/// <remarks>
/// <para>
/// A quote inside an unquoted field is kept as a character, as Excel does. A quoted field that never closes, or
/// that runs past the line-break or length limit, is taken to be a stray quote: the record is returned with
/// <see cref="UnclosedQuote"/> set, so that the caller rejects it, and reading resumes at the line after the
/// record's first line. One stray quote therefore costs one row, not the rest of the file.
/// </para>
/// <para>
/// The text is read in blocks into a buffer that holds at least the current record, and searched with vectorised
/// <see cref="MemoryExtensions.IndexOfAny{T}(ReadOnlySpan{T}, SearchValues{T})"/>. A field is a range of that
/// buffer, or of a scratch buffer when it had doubled quotes or text after its closing quote, so reading a record
/// allocates nothing. Fields stay valid until the next call of <see cref="ReadRecord()"/>.
/// </para>
/// </remarks>
internal sealed class CsvTokenizer
{
    /// <summary>Line breaks a quoted field may hold; real exports hold a few, in comments.</summary>
    public const int MaxQuotedLineBreaks = 50;

    /// <summary>Characters a quoted field may hold, Excel's maximum cell length rounded up.</summary>
    public const int MaxQuotedLength = 40_000;

    // 64 KiB: below the 85,000 bytes from which arrays go to the large object heap, which only full collections free.
    private const int InitialBufferLength = 1 << 15;

    private static readonly SearchValues<char> QuotedStops = SearchValues.Create("\"\r\n");

    private readonly TextReader _reader;
    private readonly char _separator;
    private readonly int _maxQuotedLineBreaks;
    private readonly int _maxQuotedLength;
    private readonly SearchValues<char> _unquotedStops;
    private char[] _buffer = new char[InitialBufferLength];
    private char[] _scratch = new char[256];
    private Field[] _fields = new Field[16];
    private int _position;
    private int _end;
    private bool _endOfInput;
    private long _line;

    // State of the record being parsed; parsing starts again from the record's start when the buffer runs out.
    private int _fieldCount;
    private int _scratchLength;
    private int _recordLineBreaks;
    private int _resumeAt;

    // Start of the record last read, and how many of its fields are split: the rest are only counted.
    private int _recordStart;
    private int _fieldLimit = int.MaxValue;

    public CsvTokenizer(TextReader reader, char separator, long firstLineNumber)
        : this(reader, separator, firstLineNumber, MaxQuotedLineBreaks, MaxQuotedLength)
    {
    }

    /// <summary>Creates a tokenizer with other limits than the defaults, for tests.</summary>
    internal CsvTokenizer(TextReader reader, char separator, long firstLineNumber, int maxQuotedLineBreaks,
        int maxQuotedLength)
    {
        _reader = reader;
        _separator = separator;
        _line = firstLineNumber;
        _maxQuotedLineBreaks = maxQuotedLineBreaks;
        _maxQuotedLength = maxQuotedLength;
        _unquotedStops = SearchValues.Create([separator, '\r', '\n']);
    }

    /// <summary>Line number (1-based) where the last record read starts.</summary>
    public long RecordLine { get; private set; }

    public bool UnclosedQuote { get; private set; }

    /// <summary>Number of fields of the last record read.</summary>
    public int FieldCount => _fieldCount;

    /// <summary>
    /// Returns field <paramref name="index"/> of the last record read, untrimmed, splitting the rest of a partial
    /// record first when the field is among those only counted.
    /// </summary>
    public ReadOnlySpan<char> GetField(int index)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(index, _fieldCount);
        if (IsPartial && index >= _fieldLimit)
        {
            SplitRest();
        }

        var field = _fields[index];
        return field.InScratch
            ? _scratch.AsSpan(field.Start, field.Length)
            : _buffer.AsSpan(field.Start, field.Length);
    }

    /// <summary>Reads the next record into <paramref name="fields"/>; returns false at the end of the input.</summary>
    public bool ReadRecord(List<string> fields)
    {
        fields.Clear();
        if (!ReadRecord())
        {
            return false;
        }

        for (var index = 0; index < _fieldCount; index++)
        {
            fields.Add(GetField(index).ToString());
        }

        return true;
    }

    /// <summary>Reads the next record; returns false at the end of the input.</summary>
    public bool ReadRecord() => ReadRecord(int.MaxValue);

    /// <summary>
    /// Whether the record last read has fields beyond the first ones that are counted in <see cref="FieldCount"/>
    /// but not split yet: <see cref="SplitRest"/> splits them.
    /// </summary>
    public bool IsPartial { get; private set; }

    /// <summary>
    /// Reads the next record, splitting only its first <paramref name="fields"/> fields when the rest of it is
    /// plain: no line break or doubled quote inside quotes, nothing after a closing quote, no quote that does not
    /// close. The rest is then only counted, which is several times faster than splitting it; any other record is
    /// split whole. Returns false at the end of the input.
    /// </summary>
    public bool ReadRecord(int fields)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(fields);
        UnclosedQuote = false;
        IsPartial = false;
        _fieldCount = 0;
        while (_position >= _end && !_endOfInput)
        {
            Fill();
        }

        if (_position >= _end)
        {
            return false;
        }

        RecordLine = _line;
        while (true)
        {
            _recordStart = _position;
            _fieldLimit = fields;
            if (TryParseRecord())
            {
                return true;
            }

            Fill();
        }
    }

    /// <summary>
    /// Called during <see cref="ReadRecord(int)"/> once the fields to split are split and before the others are
    /// counted, so that the caller can start work on those fields, such as prefetching what it will look up, while the
    /// rest of the record is read. <see cref="GetField"/> reads them. It may be called more than once for one record.
    /// </summary>
    public Action? FieldsSplit { get; set; }

    /// <summary>Splits the fields of a partial record (<see cref="IsPartial"/>) that were only counted.</summary>
    public void SplitRest()
    {
        if (!IsPartial)
        {
            return;
        }

        // The whole record is still in the buffer: nothing was read or moved since it was counted.
        _position = _recordStart;
        _fieldLimit = int.MaxValue;
        IsPartial = false;
        if (!TryParseRecord())
        {
            throw new InvalidOperationException("The record counted before could not be split again.");
        }
    }

    /// <summary>
    /// Parses the record that starts at <see cref="_position"/>. Returns false, having changed nothing but its
    /// scratch state, when the buffer ends before the record does and more input may follow.
    /// </summary>
    private bool TryParseRecord()
    {
        _fieldCount = 0;
        _scratchLength = 0;
        _recordLineBreaks = 0;
        _resumeAt = -1;
        UnclosedQuote = false;
        var index = _position;
        if (_fieldLimit == int.MaxValue && TrySplitUnquotedLine(ref index))
        {
            _position = index;
            _line = RecordLine + _recordLineBreaks;
            return true;
        }

        while (true)
        {
            if (index >= _end && !_endOfInput)
            {
                return false;
            }

            if (_fieldCount == _fieldLimit)
            {
                FieldsSplit?.Invoke();
                switch (CountPlainFields(ref index))
                {
                    case FieldEnd.NeedMore:
                        return false;
                    case FieldEnd.Record:
                        IsPartial = true;
                        _position = index;
                        _line = RecordLine + _recordLineBreaks;
                        return true;
                    default:
                        // Not plain: split the whole record from its start.
                        _fieldLimit = int.MaxValue;
                        return TryParseRecord();
                }
            }

            var outcome = index < _end && _buffer[index] == '"'
                ? ParseQuotedField(ref index)
                : ParseUnquotedField(index, ref index);
            switch (outcome)
            {
                case FieldEnd.NeedMore:
                    return false;
                case FieldEnd.Separator:
                    continue;
                case FieldEnd.Unclosed:
                    UnclosedQuote = true;
                    if (_resumeAt >= 0)
                    {
                        _position = _resumeAt;
                        _line = RecordLine + 1;
                    }
                    else
                    {
                        _position = index;
                        _line = RecordLine + _recordLineBreaks;
                    }

                    return true;
                default:
                    _position = index;
                    _line = RecordLine + _recordLineBreaks;
                    return true;
            }
        }
    }

    /// <summary>
    /// Splits the record at <paramref name="index"/> with vector instructions when it is one line ending in LF or CRLF
    /// within the buffer, with no quote at all: the usual shape of a log. Returns false, having changed nothing, for
    /// any other record, which the field loop then reads.
    /// </summary>
    private bool TrySplitUnquotedLine(ref int index)
    {
        var rest = _buffer.AsSpan(index, _end - index);
        if (!TryFindLineEnd(rest, out var lineEnd, out var breakLength))
        {
            return false;
        }

        var line = rest[..lineEnd];
        if (line.Contains('"'))
        {
            return false;
        }

        var fieldStart = 0;
        var offset = 0;
        if (Vector128.IsHardwareAccelerated)
        {
            ref var first = ref Unsafe.As<char, ushort>(ref MemoryMarshal.GetReference(line));
            var separators = Vector128.Create((ushort)_separator);
            for (; offset + Vector128<ushort>.Count <= line.Length; offset += Vector128<ushort>.Count)
            {
                var found = Vector128.Equals(Vector128.LoadUnsafe(ref first, (nuint)offset), separators)
                    .ExtractMostSignificantBits();
                while (found != 0)
                {
                    var at = offset + System.Numerics.BitOperations.TrailingZeroCount(found);
                    AddField(index + fieldStart, at - fieldStart);
                    fieldStart = at + 1;
                    found &= found - 1;
                }
            }
        }

        for (; offset < line.Length; offset++)
        {
            if (line[offset] == _separator)
            {
                AddField(index + fieldStart, offset - fieldStart);
                fieldStart = offset + 1;
            }
        }

        AddField(index + fieldStart, line.Length - fieldStart);
        _recordLineBreaks++;
        index += lineEnd + breakLength;
        return true;
    }

    /// <summary>
    /// Finds the first line break of <paramref name="text"/>, LF or CRLF. Returns false when there is none, or when it
    /// is a lone CR or a CR at the end of the text, which the field loop reads.
    /// </summary>
    private static bool TryFindLineEnd(ReadOnlySpan<char> text, out int lineEnd, out int breakLength)
    {
        lineEnd = text.IndexOfAny('\r', '\n');
        breakLength = 1;
        if (lineEnd < 0)
        {
            return false;
        }

        if (text[lineEnd] == '\r')
        {
            if (lineEnd + 1 >= text.Length || text[lineEnd + 1] != '\n')
            {
                return false;
            }

            breakLength = 2;
        }

        return true;
    }

    /// <summary>
    /// Counts the fields of the rest of the record from <paramref name="index"/> with vector instructions, when it
    /// ends on a line break within the buffer and has one of two common shapes: fields that contain no quote at all,
    /// or fields that are all quoted, with no quote or separator inside. Returns false, having changed
    /// nothing, for any other rest of record, which <see cref="CountPlainFields"/> then reads one character at a time.
    /// </summary>
    private bool TryCountUniformLine(ref int index)
    {
        var rest = _buffer.AsSpan(index, _end - index);
        if (!TryFindLineEnd(rest, out var lineEnd, out var breakLength))
        {
            return false;
        }

        if (!TryCountUniformFields(rest[..lineEnd], _separator, _maxQuotedLength, out var fields))
        {
            return false;
        }

        _fieldCount += fields;
        _recordLineBreaks++;
        index += lineEnd + breakLength;
        return true;
    }

    /// <summary>
    /// Counts the fields of <paramref name="line"/>, which has no line break, when it contains no quote, or when
    /// every field is quoted and contains neither a quote nor <paramref name="separator"/> and the line is at most
    /// <paramref name="maxQuotedLength"/> characters long. Returns false for any other line.
    /// </summary>
    /// <remarks>
    /// In the quoted shape each separator has a quote on both sides, the line starts and ends with a quote, and the
    /// line has exactly two quotes per field. With no two separators two characters apart, and no separator second
    /// or second to last, those boundary quotes are all distinct, so they are all the quotes of the line.
    /// </remarks>
    internal static bool TryCountUniformFields(ReadOnlySpan<char> line, char separator, int maxQuotedLength,
        out int fields)
    {
        var separators = line.Count(separator);
        fields = separators + 1;
        var quotes = line.Count('"');
        if (quotes == 0)
        {
            return true;
        }

        var length = line.Length;
        if (quotes != 2 * fields || length < 2 || length > maxQuotedLength || line[0] != '"' || line[^1] != '"'
            || line[1] == separator || line[^2] == separator)
        {
            return false;
        }

        // Every separator from index 2 to length - 3 needs a quote on both sides and no separator two further.
        var position = 2;
        if (Vector256.IsHardwareAccelerated)
        {
            ref var first = ref Unsafe.As<char, ushort>(ref MemoryMarshal.GetReference(line));
            var quote = Vector256.Create((ushort)'"');
            var split = Vector256.Create((ushort)separator);
            for (; position + 2 + Vector256<ushort>.Count <= length; position += Vector256<ushort>.Count)
            {
                var current = Vector256.LoadUnsafe(ref first, (nuint)position);
                var before = Vector256.LoadUnsafe(ref first, (nuint)(position - 1));
                var after = Vector256.LoadUnsafe(ref first, (nuint)(position + 1));
                var twoAfter = Vector256.LoadUnsafe(ref first, (nuint)(position + 2));
                var framed = Vector256.Equals(before, quote) & Vector256.Equals(after, quote)
                    & ~Vector256.Equals(twoAfter, split);
                if ((Vector256.Equals(current, split) & ~framed) != Vector256<ushort>.Zero)
                {
                    return false;
                }
            }
        }

        for (; position < length - 2; position++)
        {
            if (line[position] == separator && (line[position - 1] != '"' || line[position + 1] != '"'
                    || line[position + 2] == separator))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// Counts the fields from <paramref name="index"/> to the end of the record without splitting them, adding
    /// them to <see cref="_fieldCount"/>. Returns <see cref="FieldEnd.Record"/> with <paramref name="index"/> after
    /// the record, <see cref="FieldEnd.NeedMore"/> when the buffer ends first, or <see cref="FieldEnd.Unclosed"/>
    /// when the rest is not plain and the record has to be split whole.
    /// </summary>
    private FieldEnd CountPlainFields(ref int index)
    {
        if (TryCountUniformLine(ref index))
        {
            return FieldEnd.Record;
        }

        var buffer = _buffer;
        var end = _end;
        var separator = _separator;
        var i = index;
        var count = 0;
        while (true)
        {
            if (i >= end)
            {
                if (!_endOfInput)
                {
                    return FieldEnd.NeedMore;
                }

                _fieldCount += count + 1;
                index = i;
                return FieldEnd.Record;
            }

            if (buffer[i] == '"')
            {
                // A plain quoted field: no quote, line break or overlong content inside.
                var start = ++i;
                while (i < end && buffer[i] != '"' && buffer[i] != '\r' && buffer[i] != '\n')
                {
                    i++;
                }

                if (i >= end)
                {
                    return _endOfInput ? FieldEnd.Unclosed : FieldEnd.NeedMore;
                }

                if (buffer[i] != '"' || i - start > _maxQuotedLength)
                {
                    return FieldEnd.Unclosed;
                }

                i++;
                if (i >= end)
                {
                    if (!_endOfInput)
                    {
                        return FieldEnd.NeedMore;
                    }

                    continue;
                }

                if (buffer[i] != separator && buffer[i] != '\r' && buffer[i] != '\n')
                {
                    // A doubled quote, or text after the closing quote.
                    return FieldEnd.Unclosed;
                }
            }
            else
            {
                while (i < end && buffer[i] != separator && buffer[i] != '\r' && buffer[i] != '\n')
                {
                    i++;
                }

                if (i >= end)
                {
                    continue;
                }
            }

            var stop = buffer[i];
            count++;
            if (stop == separator)
            {
                i++;
                if (i >= end && _endOfInput)
                {
                    // A separator at the very end: one more, empty, field.
                    _fieldCount += count + 1;
                    index = i;
                    return FieldEnd.Record;
                }

                continue;
            }

            if (stop == '\r')
            {
                if (i + 1 >= end)
                {
                    return _endOfInput ? FieldEnd.Unclosed : FieldEnd.NeedMore;
                }

                if (buffer[i + 1] != '\n')
                {
                    return FieldEnd.Unclosed;
                }

                i++;
            }

            _fieldCount += count;
            _recordLineBreaks++;
            index = i + 1;
            return FieldEnd.Record;
        }
    }

    /// <summary>
    /// Reads an unquoted field, or the rest of a field after its closing quote, from <paramref name="start"/>.
    /// When <paramref name="start"/> is the field's first character the field is a range of the buffer.
    /// </summary>
    private FieldEnd ParseUnquotedField(int start, ref int index)
    {
        var found = _buffer.AsSpan(start, _end - start).IndexOfAny(_unquotedStops);
        if (found < 0)
        {
            if (!_endOfInput)
            {
                return FieldEnd.NeedMore;
            }

            AddField(start, _end - start);
            index = _end;
            return FieldEnd.Record;
        }

        var stop = start + found;
        var stopCharacter = _buffer[stop];
        if (stopCharacter == _separator)
        {
            AddField(start, found);
            index = stop + 1;
            return FieldEnd.Separator;
        }

        var next = stop + 1;
        if (stopCharacter == '\r')
        {
            if (next >= _end && !_endOfInput)
            {
                return FieldEnd.NeedMore;
            }

            if (next < _end && _buffer[next] == '\n')
            {
                next++;
            }
        }

        AddField(start, found);
        _recordLineBreaks++;
        index = next;
        return FieldEnd.Record;
    }

    /// <summary>Reads a field that starts with a quote at <paramref name="index"/>.</summary>
    private FieldEnd ParseQuotedField(ref int index)
    {
        var i = index + 1;
        var contentStart = i;
        var length = 0;
        var lineBreaks = 0;

        // While the content is one unbroken range of the buffer, it needs no copy.
        var scratchStart = -1;
        while (true)
        {
            var room = _maxQuotedLength + 1 - length;
            var window = Math.Min(_end - i, room);
            var found = window > 0 ? _buffer.AsSpan(i, window).IndexOfAny(QuotedStops) : -1;
            if (found < 0)
            {
                Append(ref scratchStart, i, window);
                length += window;
                i += window;
                if (i >= _end)
                {
                    if (!_endOfInput)
                    {
                        return FieldEnd.NeedMore;
                    }

                    return Unclosed(contentStart, length, scratchStart, i, ref index);
                }

                // One more character is read and dropped, then the field is too long.
                return Unclosed(contentStart, length, scratchStart, i + 1, ref index);
            }

            Append(ref scratchStart, i, found);
            length += found;
            i += found;
            var character = _buffer[i];
            if (i + 1 >= _end && !_endOfInput)
            {
                return FieldEnd.NeedMore;
            }

            var hasNext = i + 1 < _end;
            if (character == '"')
            {
                if (hasNext && _buffer[i + 1] == '"')
                {
                    // A doubled quote: the content is no longer one range of the buffer.
                    ToScratch(ref scratchStart, contentStart, length);
                    AppendScratch('"');
                    length++;
                    i += 2;
                    continue;
                }

                i++;
                break;
            }

            if (character == '\r' && hasNext && _buffer[i + 1] == '\n')
            {
                Append(ref scratchStart, i, 1);
                length++;
                i++;
                continue;
            }

            // A line break: '\n', or '\r' alone.
            lineBreaks++;
            _recordLineBreaks++;
            if (lineBreaks > _maxQuotedLineBreaks)
            {
                return Unclosed(contentStart, length, scratchStart, i + 1, ref index);
            }

            if (_resumeAt < 0)
            {
                _resumeAt = i + 1;
            }

            Append(ref scratchStart, i, 1);
            length++;
            i++;
        }

        // Text after the closing quote belongs to the field, up to the separator or the end of the line.
        if (i < _end && _buffer[i] != _separator && _buffer[i] != '\r' && _buffer[i] != '\n')
        {
            ToScratch(ref scratchStart, contentStart, length);
            var tailIndex = i;
            var fieldsBefore = _fieldCount;
            var outcome = ParseUnquotedField(i, ref tailIndex);
            if (outcome == FieldEnd.NeedMore)
            {
                return outcome;
            }

            // ParseUnquotedField added the tail as a field of its own: fold it into the quoted content.
            var tail = _fields[fieldsBefore];
            _fieldCount = fieldsBefore;
            foreach (var tailCharacter in _buffer.AsSpan(tail.Start, tail.Length))
            {
                AppendScratch(tailCharacter);
            }

            AddScratchField(scratchStart, _scratchLength - scratchStart);
            index = tailIndex;
            return outcome;
        }

        AddContent(contentStart, length, scratchStart);
        index = i;
        return ParseFieldEnd(ref index);
    }

    /// <summary>Reads what ends a field right after its closing quote: a separator, a line break or the end.</summary>
    private FieldEnd ParseFieldEnd(ref int index)
    {
        if (index >= _end)
        {
            return FieldEnd.Record;
        }

        var character = _buffer[index];
        if (character == _separator)
        {
            index++;
            return FieldEnd.Separator;
        }

        if (character == '\r')
        {
            if (index + 1 >= _end && !_endOfInput)
            {
                return FieldEnd.NeedMore;
            }

            if (index + 1 < _end && _buffer[index + 1] == '\n')
            {
                index++;
            }
        }

        index++;
        _recordLineBreaks++;
        return FieldEnd.Record;
    }

    private FieldEnd Unclosed(int contentStart, int length, int scratchStart, int stop, ref int index)
    {
        AddContent(contentStart, length, scratchStart);
        index = stop;
        return FieldEnd.Unclosed;
    }

    /// <summary>Adds the content of a quoted field: a buffer range, or what was copied to the scratch buffer.</summary>
    private void AddContent(int contentStart, int length, int scratchStart)
    {
        if (scratchStart < 0)
        {
            AddField(contentStart, length);
        }
        else
        {
            AddScratchField(scratchStart, _scratchLength - scratchStart);
        }
    }

    /// <summary>Accounts for <paramref name="count"/> content characters at <paramref name="start"/>.</summary>
    private void Append(ref int scratchStart, int start, int count)
    {
        if (scratchStart < 0 || count == 0)
        {
            return;
        }

        EnsureScratch(count);
        _buffer.AsSpan(start, count).CopyTo(_scratch.AsSpan(_scratchLength));
        _scratchLength += count;
    }

    /// <summary>Moves the content read so far to the scratch buffer, once.</summary>
    private void ToScratch(ref int scratchStart, int contentStart, int length)
    {
        if (scratchStart >= 0)
        {
            return;
        }

        scratchStart = _scratchLength;
        EnsureScratch(length);
        _buffer.AsSpan(contentStart, length).CopyTo(_scratch.AsSpan(_scratchLength));
        _scratchLength += length;
    }

    private void AppendScratch(char character)
    {
        EnsureScratch(1);
        _scratch[_scratchLength++] = character;
    }

    private void EnsureScratch(int count)
    {
        if (_scratchLength + count > _scratch.Length)
        {
            Array.Resize(ref _scratch, Math.Max(_scratch.Length * 2, _scratchLength + count));
        }
    }

    private void AddField(int start, int length) => AddField(new Field(start, length, false));

    private void AddScratchField(int start, int length) => AddField(new Field(start, length, true));

    private void AddField(Field field)
    {
        if (_fieldCount == _fields.Length)
        {
            Array.Resize(ref _fields, _fields.Length * 2);
        }

        _fields[_fieldCount++] = field;
    }

    /// <summary>Keeps the current record at the start of the buffer, grows the buffer when full, reads more.</summary>
    private void Fill()
    {
        if (_position > 0)
        {
            _buffer.AsSpan(_position, _end - _position).CopyTo(_buffer);
            _end -= _position;
            _position = 0;
        }

        if (_end == _buffer.Length)
        {
            Array.Resize(ref _buffer, _buffer.Length * 2);
        }

        var read = _reader.Read(_buffer.AsSpan(_end));
        if (read == 0)
        {
            _endOfInput = true;
        }

        _end += read;
    }

    private readonly record struct Field(int Start, int Length, bool InScratch);

    private enum FieldEnd
    {
        /// <summary>A separator followed: another field of the same record comes next.</summary>
        Separator,

        /// <summary>A line break or the end of the input ended the record.</summary>
        Record,

        /// <summary>A quoted field never closed within the limits.</summary>
        Unclosed,

        /// <summary>The buffer ended first; the record is parsed again once more input is read.</summary>
        NeedMore,
    }
}
