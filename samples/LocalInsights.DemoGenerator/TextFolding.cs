using System.Globalization;
using System.Text;

namespace LocalInsights.DemoGenerator;

/// <summary>Removal of accents, as systems that only accept ASCII identifiers do it.</summary>
internal static class TextFolding
{
    public static string ToUpperAscii(string text) => RemoveDiacritics(text).ToUpperInvariant();

    public static string ToLowerAscii(string text) => RemoveDiacritics(text).ToLowerInvariant();

    public static string RemoveDiacritics(string text)
    {
        var decomposed = text.Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        foreach (var character in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(character) != UnicodeCategory.NonSpacingMark)
            {
                builder.Append(character);
            }
        }

        return builder.ToString().Normalize(NormalizationForm.FormC);
    }
}
