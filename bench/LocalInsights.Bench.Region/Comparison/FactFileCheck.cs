namespace LocalInsights.Bench.Region.Comparison;

/// <summary>Compares the facts files of the two engines line by line.</summary>
internal static class FactFileCheck
{
    private const int LinesShown = 5;

    /// <summary>
    /// Returns null when both files have the same lines, else a message with the line count of each and the
    /// first differing lines.
    /// </summary>
    public static string? Difference(string expectedPath, string actualPath)
    {
        var expected = File.ReadAllLines(expectedPath);
        var actual = File.ReadAllLines(actualPath);
        var differing = Enumerable.Range(0, Math.Max(expected.Length, actual.Length))
            .Where(index => index >= expected.Length || index >= actual.Length || expected[index] != actual[index])
            .Take(LinesShown)
            .ToList();
        if (differing.Count == 0)
        {
            return null;
        }

        var lines = differing.Select(index =>
            $"  line {index + 1}:\n    {Path.GetFileName(expectedPath)}: {LineAt(expected, index)}\n"
            + $"    {Path.GetFileName(actualPath)}: {LineAt(actual, index)}");
        return $"The facts differ: {expectedPath} has {expected.Length} lines and {actualPath} has {actual.Length}. "
            + $"First differing lines:\n{string.Join('\n', lines)}";
    }

    private static string LineAt(string[] lines, int index) => index < lines.Length ? lines[index] : "(no line)";
}
