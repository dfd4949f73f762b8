using System.Globalization;

namespace LocalInsights.Connectors.Investment;

/// <summary>
/// Remembers where each inventory number was first seen in a pull, across files, to report repeats. Numbers
/// are compared trimmed and ignoring case.
/// </summary>
internal sealed class ReferenceRegistry
{
    private readonly Dictionary<string, string> _firstSeen = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Records a reference and returns where it was first seen when it is a repeat, else null.</summary>
    public string? Register(string reference, string file, long line)
    {
        var key = reference.Trim();
        if (_firstSeen.TryGetValue(key, out var first))
        {
            return first;
        }

        _firstSeen.Add(key, string.Create(CultureInfo.InvariantCulture, $"{file} line {line}"));
        return null;
    }
}
