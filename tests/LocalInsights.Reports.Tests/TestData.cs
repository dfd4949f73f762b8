using System.Text;

namespace LocalInsights.Reports.Tests;

/// <summary>Reads the files under TestData, copied beside the test assembly.</summary>
internal static class TestData
{
    public static string PathOf(string caseName, string fileName) =>
        Path.Combine(AppContext.BaseDirectory, "TestData", caseName, fileName);

    /// <summary>Returns the lines of a UTF-8 text file, without a byte order mark, keeping empty lines.</summary>
    public static IReadOnlyList<string> ReadLines(string caseName, string fileName)
    {
        var text = File.ReadAllText(PathOf(caseName, fileName), Encoding.UTF8);
        var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n').ToList();
        if (lines.Count > 0 && lines[^1].Length == 0)
        {
            lines.RemoveAt(lines.Count - 1);
        }

        return lines;
    }

    /// <summary>Returns the records of a ';'-separated file with a header line, quoted fields unescaped.</summary>
    public static IReadOnlyList<IReadOnlyDictionary<string, string>> ReadCsv(string caseName, string fileName)
    {
        var lines = ReadLines(caseName, fileName);
        var header = SemicolonCsv.ParseLine(lines[0]);
        return lines.Skip(1)
            .Select(SemicolonCsv.ParseLine)
            .Select(fields => (IReadOnlyDictionary<string, string>)header
                .Select((name, index) => (name, value: index < fields.Count ? fields[index] : string.Empty))
                .ToDictionary(pair => pair.name, pair => pair.value))
            .ToList();
    }
}
