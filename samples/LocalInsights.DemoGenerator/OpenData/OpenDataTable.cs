using System.Text;

namespace LocalInsights.DemoGenerator.OpenData;

/// <summary>
/// One official open data file: UTF-8 with a byte order mark, ';' separators, CRLF, no quoted values.
/// </summary>
internal sealed class OpenDataTable
{
    private readonly Dictionary<string, int> _columns;

    private OpenDataTable(string path, Dictionary<string, int> columns, List<string[]> rows)
    {
        Path = path;
        _columns = columns;
        Rows = rows;
    }

    public string Path { get; }

    public IReadOnlyList<string[]> Rows { get; }

    /// <summary>
    /// Reads the whole file. The extracts of data.education.gouv.fr used here never quote a value, so a quote
    /// character is rejected instead of being parsed half-way.
    /// </summary>
    public static OpenDataTable Load(string path)
    {
        var lines = File.ReadAllLines(path, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true));
        if (lines.Length == 0)
        {
            throw new InvalidDataException($"The open data file '{path}' is empty: copy it again from the portal.");
        }

        var header = lines[0].Split(';');
        var columns = header.Select((name, index) => (name, index)).ToDictionary(c => c.name, c => c.index);
        var rows = new List<string[]>(lines.Length);
        for (var i = 1; i < lines.Length; i++)
        {
            if (lines[i].Contains('"', StringComparison.Ordinal))
            {
                throw new InvalidDataException(
                    $"{path} line {i + 1} contains a quote, which this reader does not support.");
            }

            rows.Add(lines[i].Split(';'));
        }

        return new OpenDataTable(path, columns, rows);
    }

    public string Get(string[] row, string column) => row[Index(column)];

    /// <summary>Returns the index of the first column whose name starts with <paramref name="prefix"/>.</summary>
    public int IndexByPrefix(string prefix)
    {
        foreach (var (name, index) in _columns)
        {
            if (name.StartsWith(prefix, StringComparison.Ordinal))
            {
                return index;
            }
        }

        throw MissingColumn(prefix);
    }

    public int Index(string column) =>
        _columns.TryGetValue(column, out var index) ? index : throw MissingColumn(column);

    private InvalidDataException MissingColumn(string column) =>
        new($"Column '{column}' not found in '{Path}': the file is not the expected official extract.");
}
