using System.Globalization;
using System.Text;

namespace LocalInsights.Core.Text;

/// <summary>
/// Folds column headers and labels as people type them, so that case, accents, repeated or non-breaking spaces,
/// the typographic apostrophe and the ordinal sign <c>º</c> for <c>°</c> make no difference when comparing.
/// </summary>
public static class TextFolding
{
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
                    '\u00BA' => '\u00B0',
                    _ => char.ToUpperInvariant(character),
                });
            }

            previousWasSpace = isSpace;
        }

        return builder.ToString();
    }
}
