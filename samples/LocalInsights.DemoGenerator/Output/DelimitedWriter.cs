using System.Text;

namespace LocalInsights.DemoGenerator.Output;

/// <summary>
/// Writes a delimited text file record by record and tracks the physical line each record starts on, so that
/// FAULTS.md can point at it. A line break inside a quoted value counts as a line, as in a text editor.
/// </summary>
internal sealed class DelimitedWriter : IDisposable
{
    private readonly StreamWriter _writer;
    private readonly char _separator;
    private readonly Func<string, bool> _mustQuote;

    /// <param name="mustQuote">Decides which values are quoted. A quote inside a quoted value is doubled.</param>
    public DelimitedWriter(string path, Encoding encoding, char separator, string newLine, Func<string, bool> mustQuote)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        _writer = new StreamWriter(path, append: false, encoding) { NewLine = newLine };
        _separator = separator;
        _mustQuote = mustQuote;
    }

    /// <summary>The 1-based physical line the next record will start on.</summary>
    public int NextLine { get; private set; } = 1;

    /// <summary>The number of records written, header included.</summary>
    public int RecordCount { get; private set; }

    /// <summary>Quotes every value, as the Intune and Open ENT NG exports do.</summary>
    public static bool Always(string value) => true;

    /// <summary>Quotes only values that hold the separator ';', a quote or a line break, as Excel does.</summary>
    public static bool WhenNeeded(string value) =>
        value.AsSpan().IndexOfAny(";\"\r\n") >= 0;

    /// <summary>Writes a line that is not a record, such as Excel's "sep=;" directive.</summary>
    public void WriteDirective(string text)
    {
        _writer.WriteLine(text);
        NextLine++;
    }

    /// <summary>Writes one record and returns the physical line it starts on.</summary>
    public int WriteRecord(IReadOnlyList<string> values)
    {
        var line = NextLine;
        for (var i = 0; i < values.Count; i++)
        {
            if (i > 0)
            {
                _writer.Write(_separator);
            }

            WriteValue(values[i]);
        }

        _writer.WriteLine();
        NextLine++;
        RecordCount++;
        return line;
    }

    public void Dispose() => _writer.Dispose();

    private void WriteValue(string value)
    {
        NextLine += value.Count(character => character == '\n');
        if (!_mustQuote(value))
        {
            _writer.Write(value);
            return;
        }

        _writer.Write('"');
        _writer.Write(value.Replace("\"", "\"\"", StringComparison.Ordinal));
        _writer.Write('"');
    }
}
