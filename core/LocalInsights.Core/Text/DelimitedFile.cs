using System.Globalization;
using System.Text;

namespace LocalInsights.Core.Text;

/// <summary>
/// A delimited text file opened for streaming: encoding and separator detected or configured, leading blank lines
/// and an Excel <c>sep=</c> directive skipped, header cleaned of byte order marks. Rows carry their line number.
/// </summary>
public sealed class DelimitedFile : IDisposable
{
    private const string MojibakeByteOrderMark = "\u00EF\u00BB\u00BF";

    /// <summary>Longest header line accepted, in characters; real headers are a few hundred.</summary>
    private const int MaxHeaderLength = 65_536;
    private readonly StreamReader _reader;
    private readonly CsvTokenizer _tokenizer;
    private readonly Dictionary<string, int> _columns;

    // Changes on every read, so that a row from CurrentRow detects that its record is gone.
    private long _recordVersion;

    private DelimitedFile(string path, StreamReader reader, char separator, long headerLine, string[] header,
        IReadOnlyList<string> warnings, CsvTokenizer tokenizer)
    {
        Path = path;
        _reader = reader;
        Separator = separator;
        HeaderLine = headerLine;
        Header = header;
        Warnings = warnings;
        _tokenizer = tokenizer;
        _columns = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        for (var index = 0; index < header.Length; index++)
        {
            _columns.TryAdd(header[index], index);
        }
    }

    public string Path { get; }

    public Encoding Encoding => _reader.CurrentEncoding;

    public char Separator { get; }

    public long HeaderLine { get; }

    public IReadOnlyList<string> Header { get; }

    /// <summary>Things repaired while opening, such as a byte order mark saved as text, to log as warnings.</summary>
    public IReadOnlyList<string> Warnings { get; }

    /// <summary>
    /// Opens <paramref name="path"/> and reads up to its header; messages and <see cref="Path"/> use
    /// <paramref name="displayName"/> when given. Throws <see cref="IOException"/> when the file
    /// cannot be read and <see cref="InvalidDataException"/> when it has no header.
    /// </summary>
    public static DelimitedFile Open(string path, DelimitedFileOptions? options = null, string? displayName = null)
    {
        options ??= new DelimitedFileOptions();
        var encoding = TextEncodingDetector.FromName(options.Encoding);
        var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16);
        try
        {
            return Open(displayName ?? path, stream, encoding, options.Separator,
                options.SingleLineRecords ? 0 : CsvTokenizer.MaxQuotedLineBreaks);
        }
        catch
        {
            stream.Dispose();
            throw;
        }
    }

    /// <summary>
    /// Opens a delimited file from a stream; <paramref name="name"/> is used in messages. A quoted field may span up
    /// to <paramref name="maxQuotedLineBreaks"/> line breaks.
    /// </summary>
    public static DelimitedFile Open(string name, Stream stream, Encoding? encoding, string? separator,
        int maxQuotedLineBreaks = CsvTokenizer.MaxQuotedLineBreaks)
    {
        var preamble = 0;
        if (encoding is null)
        {
            var sample = new byte[TextEncodingDetector.SampleBytes];
            var read = stream.ReadAtLeast(sample, sample.Length, throwOnEndOfStream: false);
            (encoding, preamble) = TextEncodingDetector.Detect(sample.AsSpan(0, read), read < sample.Length);
            stream.Seek(preamble, SeekOrigin.Begin);
        }

        // Strict UTF-8 is only for detection; reading replaces a stray invalid byte rather than failing the file.
        var readingEncoding = encoding is UTF8Encoding ? new UTF8Encoding(false, false) : encoding;
        // A 16 KiB buffer keeps the reader's character buffer off the large object heap.
        var reader = new StreamReader(stream, readingEncoding, detectEncodingFromByteOrderMarks: false, 1 << 14);
        return ReadPreamble(name, reader, separator, maxQuotedLineBreaks);
    }

    /// <summary>Returns the index of the column named <paramref name="name"/> (case-insensitive), or -1.</summary>
    public int IndexOf(string name) => _columns.TryGetValue(name.Trim(), out var index) ? index : -1;

    /// <summary>Reads the next non-blank row; returns null at the end of the file.</summary>
    public DelimitedRow? ReadRow()
    {
        return ReadRecord() ? ToRow() : null;
    }

    /// <summary>
    /// Reads the next non-blank record without making strings of its fields, for files of millions of rows; returns
    /// false at the end of the file. Read its fields with <see cref="Field"/> until the next read.
    /// </summary>
    public bool ReadRecord() => ReadRecord(int.MaxValue);

    /// <summary>
    /// Reads the next non-blank record like <see cref="ReadRecord()"/>, but when the record is plain it splits only
    /// its first <paramref name="splitFields"/> fields and counts the others, which is several times faster for a
    /// caller that may skip the row after reading those fields. Reading a later field splits the rest first.
    /// </summary>
    public bool ReadRecord(int splitFields)
    {
        _recordVersion++;
        while (_tokenizer.ReadRecord(splitFields))
        {
            if (_tokenizer.FieldCount != 1 || _tokenizer.GetField(0).Length != 0)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Called during <see cref="ReadRecord(int)"/> once the fields to split are split, before the others are counted.
    /// <see cref="Field"/> reads them. It may be called more than once for one record.
    /// </summary>
    public Action? FieldsSplit
    {
        get => _tokenizer.FieldsSplit;
        set => _tokenizer.FieldsSplit = value;
    }

    /// <summary>Line the record last read by <see cref="ReadRecord"/> starts on.</summary>
    public long RecordLine => _tokenizer.RecordLine;

    /// <summary>Number of fields of the record last read by <see cref="ReadRecord"/>.</summary>
    public int FieldCount => _tokenizer.FieldCount;

    /// <summary>Whether the record last read by <see cref="ReadRecord"/> ends in a quote that never closes.</summary>
    public bool UnclosedQuote => _tokenizer.UnclosedQuote;

    /// <summary>
    /// Returns field <paramref name="index"/> of the record last read by <see cref="ReadRecord"/>, trimmed, or an
    /// empty span when the record has no such field. Valid until the next read.
    /// </summary>
    public ReadOnlySpan<char> Field(int index) =>
        index >= 0 && index < _tokenizer.FieldCount ? _tokenizer.GetField(index).Trim() : [];

    /// <summary>
    /// Returns the record last read by <see cref="ReadRecord()"/> as a row whose fields become strings only when
    /// read, for callers that read a few fields of wide rows. The row is valid until the next read: reading one of
    /// its fields after that throws <see cref="InvalidOperationException"/>. Keep <see cref="ToRow"/> for a row
    /// that must outlive the read.
    /// </summary>
    public DelimitedRow CurrentRow()
    {
        _tokenizer.SplitRest();
        return new DelimitedRow(_tokenizer.RecordLine, new CurrentFields(this, ++_recordVersion),
            _tokenizer.UnclosedQuote);
    }

    /// <summary>Returns the record last read by <see cref="ReadRecord"/> as a row of strings, for messages.</summary>
    public DelimitedRow ToRow()
    {
        var fields = new string[_tokenizer.FieldCount];
        for (var index = 0; index < fields.Length; index++)
        {
            fields[index] = _tokenizer.GetField(index).ToString();
        }

        return new DelimitedRow(_tokenizer.RecordLine, fields, _tokenizer.UnclosedQuote);
    }

    internal int CurrentFieldCount(long version)
    {
        ThrowIfStale(version);
        return _tokenizer.FieldCount;
    }

    internal string RawField(int index, long version)
    {
        ThrowIfStale(version);
        return _tokenizer.GetField(index).ToString();
    }

    private void ThrowIfStale(long version)
    {
        if (version != _recordVersion)
        {
            throw new InvalidOperationException(
                $"{Path}: a row from CurrentRow was read after the next record; use ToRow to keep a row.");
        }
    }

    public IEnumerable<DelimitedRow> ReadRows()
    {
        while (ReadRow() is { } row)
        {
            yield return row;
        }
    }

    public void Dispose() => _reader.Dispose();

    private static DelimitedFile ReadPreamble(string name, StreamReader reader, string? configuredSeparator,
        int maxQuotedLineBreaks)
    {
        var warnings = new List<string>();
        long line = 0;
        string? headerText;
        char? directive = null;
        while (true)
        {
            headerText = ReadHeaderLine(name, reader);
            line++;
            if (headerText is null)
            {
                throw new InvalidDataException($"{name} has no header line: the file is empty or blank.");
            }

            if (headerText.StartsWith(MojibakeByteOrderMark, StringComparison.Ordinal))
            {
                headerText = headerText[MojibakeByteOrderMark.Length..];
                warnings.Add($"{name} starts with a UTF-8 byte order mark saved as text (\"ï»¿\"); it was removed.");
            }

            headerText = headerText.TrimStart('\uFEFF');
            if (headerText.Trim().Length == 0)
            {
                continue;
            }

            if (headerText.StartsWith("sep=", StringComparison.OrdinalIgnoreCase) && headerText.Trim().Length == 5)
            {
                directive = headerText.Trim()[4];
                continue;
            }

            break;
        }

        var separator = ResolveSeparator(configuredSeparator, directive, headerText);
        var headerTokenizer = new CsvTokenizer(new StringReader(headerText), separator, line);
        var header = new List<string>();
        headerTokenizer.ReadRecord(header);
        var names = header.Select(column => column.Trim().TrimStart('\uFEFF')).ToArray();
        return new DelimitedFile(name, reader, separator, line, names, warnings,
            new CsvTokenizer(reader, separator, line + 1, maxQuotedLineBreaks, CsvTokenizer.MaxQuotedLength));
    }

    /// <summary>Reads one line of the preamble, refusing lines longer than any real header.</summary>
    private static string? ReadHeaderLine(string name, StreamReader reader)
    {
        var text = new System.Text.StringBuilder();
        while (true)
        {
            var next = reader.Read();
            if (next < 0)
            {
                return text.Length == 0 ? null : text.ToString();
            }

            if (next == '\n' || (next == '\r' && reader.Peek() != '\n'))
            {
                return text.ToString();
            }

            if (next != '\r')
            {
                text.Append((char)next);
            }

            if (text.Length > MaxHeaderLength)
            {
                var limit = MaxHeaderLength.ToString("N0", CultureInfo.InvariantCulture);
                throw new InvalidDataException(
                    $"{name} has a first line longer than {limit} characters: it is not a delimited text file "
                    + "with a header, or its line breaks are missing.");
            }
        }
    }

    private static char ResolveSeparator(string? configured, char? directive, string header)
    {
        if (!string.IsNullOrEmpty(configured))
        {
            return configured == "\\t" ? '\t' : configured[0];
        }

        if (directive is { } fromDirective)
        {
            return fromDirective;
        }

        var best = ';';
        var bestCount = 0;
        foreach (var candidate in ";,\t|")
        {
            var count = CountOutsideQuotes(header, candidate);
            if (count > bestCount)
            {
                best = candidate;
                bestCount = count;
            }
        }

        return best;
    }

    private static int CountOutsideQuotes(string text, char separator)
    {
        var count = 0;
        var quoted = false;
        foreach (var character in text)
        {
            if (character == '"')
            {
                quoted = !quoted;
            }
            else if (character == separator && !quoted)
            {
                count++;
            }
        }

        return count;
    }
}

/// <summary>
/// The fields of the record a <see cref="DelimitedFile"/> last read, made strings one by one when read.
/// </summary>
internal sealed class CurrentFields(DelimitedFile file, long version) : IReadOnlyList<string>
{
    private readonly string?[] _strings = new string?[file.CurrentFieldCount(version)];

    public int Count => _strings.Length;

    public string this[int index] => _strings[index] ??= file.RawField(index, version);

    public IEnumerator<string> GetEnumerator()
    {
        for (var index = 0; index < _strings.Length; index++)
        {
            yield return this[index];
        }
    }

    System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
}

/// <summary>A row of a delimited file with the line it starts on.</summary>
public sealed record DelimitedRow(long Line, IReadOnlyList<string> Fields, bool UnclosedQuote)
{
    /// <summary>Returns the trimmed field at <paramref name="index"/>, or null when absent or blank.</summary>
    public string? Get(int index)
    {
        if (index < 0 || index >= Fields.Count)
        {
            return null;
        }

        var value = Fields[index].Trim();
        return value.Length == 0 ? null : value;
    }
}
