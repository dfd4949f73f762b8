namespace LocalInsights.DemoGenerator.Output;

/// <summary>One deliberate fault: where it is and what is wrong.</summary>
/// <param name="Line">Physical line in a text file, or row number in a worksheet, counted from 1.</param>
/// <param name="Group">Entries of one file with the same group are listed together when a kind has many.</param>
internal sealed record FaultEntry(string Kind, string File, int Line, string Detail, string Group);

/// <summary>
/// The deliberate faults of the demo sources and the counts a correct product should find, collected while the
/// files are written and then printed to FAULTS.md.
/// </summary>
internal sealed class FaultLog
{
    private readonly List<FaultEntry> _entries = [];
    private readonly List<(string Section, string Name, string Value)> _counts = [];

    public IReadOnlyList<FaultEntry> Entries => _entries;

    public IReadOnlyList<(string Section, string Name, string Value)> Counts => _counts;

    public void Add(string kind, string file, int line, string detail, string? group = null) =>
        _entries.Add(new(kind, file, line, detail, group ?? detail));

    public void Count(string section, string name, long value) =>
        _counts.Add((section, name, value.ToString("N0", System.Globalization.CultureInfo.InvariantCulture)));

    public void Amount(string section, string name, decimal euros) =>
        _counts.Add((section, name, euros.ToString("N2", System.Globalization.CultureInfo.InvariantCulture) + " EUR"));
}
