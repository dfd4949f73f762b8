using LocalInsights.DemoGenerator.OpenData;

namespace LocalInsights.DemoGenerator.Devices;

/// <summary>
/// The table an authority keeps to map Intune device categories to establishments: one short label per
/// establishment, such as "LYC BEAUMONT REDON".
/// </summary>
internal sealed class CategoryTable
{
    private readonly Dictionary<string, string> _labelByUai = new(StringComparer.Ordinal);
    private readonly HashSet<string> _labels = new(StringComparer.Ordinal);

    /// <summary>Label to UAI, ordered by label.</summary>
    public IReadOnlyList<KeyValuePair<string, string>> Entries =>
        _labelByUai.Select(pair => KeyValuePair.Create(pair.Value, pair.Key))
            .OrderBy(pair => pair.Key, StringComparer.Ordinal)
            .ToList();

    /// <summary>Returns the label of <paramref name="establishment"/>, creating it on first use.</summary>
    public string LabelFor(Establishment establishment)
    {
        if (_labelByUai.TryGetValue(establishment.Uai, out var existing))
        {
            return existing;
        }

        var label = $"{Prefix(establishment)} {ShortName(establishment.Name)} {establishment.Commune}";
        label = TextFolding.ToUpperAscii(label);
        if (!_labels.Add(label))
        {
            label = $"{label} {establishment.Uai[4..7]}";
            _labels.Add(label);
        }

        _labelByUai[establishment.Uai] = label;
        return label;
    }

    private static string Prefix(Establishment establishment)
    {
        if (establishment.Kind == EstablishmentKind.College)
        {
            return "CLG";
        }

        if (establishment.Name.StartsWith("Section", StringComparison.Ordinal))
        {
            return "SEP";
        }

        return establishment.Name.Contains("professionnel", StringComparison.Ordinal) ? "LP" : "LYC";
    }

    /// <summary>Returns the last two words of the name once its first word (Lycée, Collège...) is removed.</summary>
    private static string ShortName(string name)
    {
        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var rest = words.Length > 1 ? words[1..] : words;
        return string.Join(' ', rest.TakeLast(2));
    }
}
