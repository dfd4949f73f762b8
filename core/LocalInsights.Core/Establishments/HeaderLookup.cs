using System.Globalization;
using System.Text;

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
        var wanted = Fold(name);
        var explained = -1;
        var explainedMatches = 0;
        for (var index = 0; index < header.Count; index++)
        {
            var folded = Fold(header[index]);
            if (folded == wanted)
            {
                return index;
            }

            if (folded.StartsWith(wanted + " (", StringComparison.Ordinal))
            {
                explained = index;
                explainedMatches++;
            }
        }

        return explainedMatches == 1 ? explained : -1;
    }

    /// <summary>Returns the text upper-cased, without accents, with single spaces and straight apostrophes.</summary>
    public static string Fold(string text)
    {
        var decomposed = text.Trim().Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        var previousWasSpace = false;
        foreach (var character in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(character) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            var isSpace = char.IsWhiteSpace(character);
            if (!(isSpace && previousWasSpace))
            {
                builder.Append(character switch
                {
                    _ when isSpace => ' ',
                    '\u2019' or '\u02BC' => '\'',
                    _ => char.ToUpperInvariant(character),
                });
            }

            previousWasSpace = isSpace;
        }

        return builder.ToString();
    }
}
