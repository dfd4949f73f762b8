namespace LocalInsights.Core.Text;

/// <summary>
/// One shared instance per distinct string, for values such as models, systems and codes that repeat across many
/// records kept in memory. Strings compare ordinally.
/// </summary>
public sealed class StringPool
{
    private readonly HashSet<string> _strings = new(StringComparer.Ordinal);

    /// <summary>Returns the pool's instance equal to <paramref name="text"/>, adding it when new.</summary>
    public string Share(string text)
    {
        if (_strings.TryGetValue(text, out var shared))
        {
            return shared;
        }

        _strings.Add(text);
        return text;
    }
}
