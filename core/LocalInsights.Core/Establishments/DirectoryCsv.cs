using LocalInsights.Core.Text;
using Microsoft.Extensions.Logging;

namespace LocalInsights.Core.Establishments;

/// <summary>
/// Opens the directory's CSV files and finds their columns, with messages that name the setting to fix.
/// </summary>
internal static class DirectoryCsv
{
    /// <summary>
    /// Opens a file and logs what was repaired while reading its header, such as a mangled byte order mark.
    /// </summary>
    public static DelimitedFile Open(string path, string encoding, ILogger logger)
    {
        var file = DelimitedFile.Open(path, new DelimitedFileOptions { Encoding = encoding });
        foreach (var warning in file.Warnings)
        {
            DirectoryImportLog.FileRepaired(logger, warning);
        }

        return file;
    }

    /// <summary>
    /// Returns the index of a required column, or throws naming the file, the setting and the header.
    /// </summary>
    public static int Require(DelimitedFile file, string column, string settingKey)
    {
        var index = HeaderLookup.Find(file.Header, column);
        if (index < 0)
        {
            throw new InvalidDataException(
                $"{System.IO.Path.GetFileName(file.Path)} has no column '{column}': set "
                + $"{DirectoryImportOptions.SectionName}:{settingKey} to the header of that column. "
                + $"Columns found: {string.Join(", ", file.Header.Select(name => $"'{name}'"))}.");
        }

        return index;
    }

    /// <summary>Returns the index of an optional column, or -1 when it is not set or not in the header.</summary>
    public static int Optional(DelimitedFile file, string? column) =>
        string.IsNullOrWhiteSpace(column) ? -1 : HeaderLookup.Find(file.Header, column);

    /// <summary>
    /// Reads a school year as its start year: <c>2019-2020</c> and <c>2019</c> both give 2019.
    /// </summary>
    public static bool TryParseYear(string? text, out int year)
    {
        year = 0;
        var trimmed = text?.Trim() ?? string.Empty;
        if (trimmed.Length < 4 || trimmed.AsSpan(0, 4).ContainsAnyExceptInRange('0', '9')
            || (trimmed.Length > 4 && char.IsAsciiDigit(trimmed[4])))
        {
            return false;
        }

        year = int.Parse(trimmed.AsSpan(0, 4), System.Globalization.CultureInfo.InvariantCulture);
        return year is >= 1900 and <= 2199;
    }

    /// <summary>Reads a pupil count: a whole number from 0 up.</summary>
    public static bool TryParsePupils(string? text, out int pupils)
    {
        pupils = 0;
        if (!NumberParser.TryParseInteger(text, out var value) || value is < 0 or > int.MaxValue)
        {
            return false;
        }

        pupils = (int)value;
        return true;
    }
}
