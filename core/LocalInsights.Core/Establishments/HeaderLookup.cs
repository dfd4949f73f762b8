using LocalInsights.Core.Text;

namespace LocalInsights.Core.Establishments;

/// <summary>
/// Finds a column by its header name, ignoring case, accents, repeated spaces and the typographic apostrophe,
/// so that <c>Numero du college</c> finds <c>Numéro du collège</c>.
/// </summary>
internal static class HeaderLookup
{
    /// <summary>
    /// Returns the index of the header equal to <paramref name="name"/>. Failing that, returns the index of the
    /// only header made of <paramref name="name"/> followed by an explanation in brackets, or else -1.
    /// </summary>
    public static int Find(IReadOnlyList<string> header, string name)
    {
        var target = TextFolding.Fold(name);
        var explained = -1;
        var explainedMatches = 0;
        for (var index = 0; index < header.Count; index++)
        {
            var folded = TextFolding.Fold(header[index]);
            if (folded == target)
            {
                return index;
            }

            if (folded.StartsWith(target + " (", StringComparison.Ordinal))
            {
                explained = index;
                explainedMatches++;
            }
        }

        return explainedMatches == 1 ? explained : -1;
    }
}
