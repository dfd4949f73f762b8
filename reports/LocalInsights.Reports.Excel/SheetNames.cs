using System.Buffers;
using System.Globalization;
using System.Text;

namespace LocalInsights.Reports.Excel;

/// <summary>
/// Allocator of valid, unique worksheet names built from data, such as establishment or platform names.
/// </summary>
/// <remarks>
/// Excel accepts a sheet name of 1 to 31 UTF-16 code units, without <c>: \ / ? * [ ]</c>, not starting or ending
/// with an apostrophe, other than the reserved "History", and unique ignoring case. ClosedXML throws on an invalid
/// name, which would abort the whole export. Names are allocated in call order, so the same input order always
/// gives the same names. Callers should write the original label into the sheet, because allocation may shorten it.
/// </remarks>
public sealed class SheetNames
{
    /// <summary>Maximum length of a sheet name in UTF-16 code units.</summary>
    public const int MaxLength = 31;

    /// <summary>The name Excel reserves for its change-tracking sheet.</summary>
    public const string ReservedName = "History";

    private static readonly SearchValues<char> ForbiddenCharacters = SearchValues.Create(":\\/?*[]");

    private readonly HashSet<string> used = new(StringComparer.OrdinalIgnoreCase) { ReservedName };
    private int allocatedCount;

    /// <summary>Creates an allocator that also avoids <paramref name="existingNames"/>, such as fixed sheets.</summary>
    public SheetNames(IEnumerable<string>? existingNames = null)
    {
        foreach (var name in existingNames ?? [])
        {
            used.Add(name);
        }
    }

    /// <summary>
    /// Returns a valid sheet name for <paramref name="intendedName"/> that no earlier call returned (ignoring case).
    /// Forbidden characters are replaced, apostrophes and spaces at either end removed, long names cut at a
    /// character boundary, and duplicates suffixed "~2", "~3"… An empty name becomes "Sheet N", N being the
    /// 1-based number of this call.
    /// </summary>
    public string Allocate(string? intendedName)
    {
        allocatedCount++;
        var cleaned = Clean(intendedName);
        if (cleaned.Length == 0)
        {
            cleaned = string.Create(CultureInfo.InvariantCulture, $"Sheet {allocatedCount}");
        }

        var name = Shorten(cleaned, MaxLength);
        for (var suffix = 2; used.Contains(name); suffix++)
        {
            var suffixText = string.Create(CultureInfo.InvariantCulture, $"~{suffix}");
            name = Shorten(cleaned, MaxLength - suffixText.Length) + suffixText;
        }

        used.Add(name);
        return name;
    }

    /// <summary>Returns one name per intended name, allocated in order by a new <see cref="SheetNames"/>.</summary>
    public static IReadOnlyList<string> AllocateAll(IEnumerable<string?> intendedNames)
    {
        ArgumentNullException.ThrowIfNull(intendedNames);
        var allocator = new SheetNames();
        return intendedNames.Select(allocator.Allocate).ToList();
    }

    /// <summary>Returns whether Excel accepts <paramref name="name"/> as a sheet name, uniqueness aside.</summary>
    public static bool IsValid(string? name) =>
        !string.IsNullOrEmpty(name)
        && name.Length <= MaxLength
        && name.AsSpan().IndexOfAny(ForbiddenCharacters) < 0
        && name[0] != '\''
        && name[^1] != '\''
        && !string.Equals(name, ReservedName, StringComparison.OrdinalIgnoreCase)
        && string.Equals(SafeCell.RemoveInvalidCharacters(name), name, StringComparison.Ordinal);

    private static string Clean(string? intendedName)
    {
        var text = SafeCell.RemoveInvalidCharacters(intendedName ?? string.Empty);
        var builder = new StringBuilder(text.Length);
        foreach (var character in text)
        {
            builder.Append(Replace(character));
        }

        return TrimEnds(builder.ToString());
    }

    private static char Replace(char character) => character switch
    {
        '[' => '(',
        ']' => ')',
        '/' or '\\' => '-',
        ':' or '?' or '*' => '_',
        '\t' or '\n' or '\r' => ' ',
        _ => character,
    };

    // Cuts at maxLength code units, dropping a surrogate pair that the cut would split.
    private static string Shorten(string text, int maxLength)
    {
        if (text.Length <= maxLength)
        {
            return text;
        }

        var keep = char.IsHighSurrogate(text[maxLength - 1]) ? maxLength - 1 : maxLength;
        return TrimEnds(text[..keep]);
    }

    // Repeats because removing an apostrophe can expose a space and the other way round.
    private static string TrimEnds(string text)
    {
        string previous;
        do
        {
            previous = text;
            text = text.Trim().Trim('\'');
        }
        while (text.Length != previous.Length);

        return text;
    }
}
