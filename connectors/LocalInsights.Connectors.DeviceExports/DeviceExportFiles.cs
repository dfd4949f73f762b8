using System.Globalization;
using System.Text.RegularExpressions;
using LocalInsights.Core.Connectors;

namespace LocalInsights.Connectors.DeviceExports;

/// <summary>An export file to read, the settings key that names it, and the snapshot date of its rows.</summary>
internal sealed record DeviceExportFile(string Path, string Key, DateOnly SnapshotDate);

/// <summary>Lists the export files of a pull with their snapshot dates, in the order they are read.</summary>
internal static partial class DeviceExportFiles
{
    private static readonly string[] NameDateFormats = ["yyyy-MM-dd", "yyyyMMdd"];

    /// <summary>
    /// Resolves every entry of <see cref="DeviceExportOptions.Files"/>, patterns included, and dates each file.
    /// Without <see cref="DeviceExportOptions.SnapshotDateFromFileName"/>, every file has the one snapshot date of
    /// the pull and keeps the configured order. With it, each file is dated by its name, files dated outside the
    /// pull window are skipped and logged, and the rest are ordered newest first, in the configured order within
    /// one date. Throws a <see cref="ConnectorException"/> when a name has no date or several, or when no file is
    /// dated in the window.
    /// </summary>
    public static IReadOnlyList<DeviceExportFile> List(PullContext context, DeviceExportOptions options)
    {
        var snapshotDate = options.SnapshotDate ?? context.Window.To;
        var files = new List<DeviceExportFile>();
        for (var index = 0; index < options.Files.Count; index++)
        {
            var key = $"Files:{index}";
            foreach (var path in ConnectorFiles.ResolvePattern(context, options.Files[index], key))
            {
                var date = options.SnapshotDateFromFileName ? DateFromName(context, path, key) : snapshotDate;
                files.Add(new DeviceExportFile(path, key, date));
            }
        }

        return options.SnapshotDateFromFileName ? InWindowNewestFirst(context, files) : files;
    }

    /// <summary>
    /// Returns the valid dates written in <paramref name="fileName"/> as <c>yyyy-MM-dd</c> or <c>yyyyMMdd</c>, in
    /// order, and the texts of that shape that are not calendar dates, such as <c>2026-02-30</c>.
    /// </summary>
    internal static (List<DateOnly> Dates, List<string> Invalid) FindDates(string fileName)
    {
        var dates = new List<DateOnly>();
        var invalid = new List<string>();
        foreach (Match match in DateInName().Matches(fileName))
        {
            if (DateOnly.TryParseExact(match.Value, NameDateFormats, CultureInfo.InvariantCulture,
                    DateTimeStyles.None, out var date))
            {
                dates.Add(date);
            }
            else
            {
                invalid.Add(match.Value);
            }
        }

        return (dates, invalid);
    }

    private static DateOnly DateFromName(PullContext context, string path, string filesKey)
    {
        var (dates, invalid) = FindDates(Path.GetFileName(path));
        if (dates.Count == 1)
        {
            return dates[0];
        }

        var problem = DescribeNameProblem(dates, invalid);
        var key = ConnectorFiles.SettingsKey(context, nameof(DeviceExportOptions.SnapshotDateFromFileName));
        throw new ConnectorException(
            $"Connector '{context.Connector}': file {context.DisplayPath(path)} {problem}, but {key} is true, so "
            + "each file name must contain exactly one date, the day the export was taken, as yyyy-MM-dd or "
            + "yyyyMMdd (such as intune-devices-2026-11-07.csv). Rename the file, or change "
            + $"{ConnectorFiles.SettingsKey(context, filesKey)} so that it no longer selects it.");
    }

    private static string DescribeNameProblem(List<DateOnly> dates, List<string> invalid)
    {
        if (dates.Count > 1)
        {
            return $"has {dates.Count} dates in its name ({string.Join(", ", dates.Select(Format))})";
        }

        return invalid.Count switch
        {
            0 => "has no date in its name",
            1 => $"has no valid date in its name ({invalid[0]} is not a calendar date)",
            _ => $"has no valid date in its name ({string.Join(", ", invalid)} are not calendar dates)",
        };
    }

    private static List<DeviceExportFile> InWindowNewestFirst(PullContext context, List<DeviceExportFile> files)
    {
        var window = context.Window;
        var windowText = window.ToString();
        var outside = files.Where(file => !window.Contains(file.SnapshotDate)).ToList();
        foreach (var file in outside)
        {
            DeviceExportsLog.FileOutsideWindow(context.Logger, file.Path, file.SnapshotDate, windowText);
        }

        if (outside.Count > 0)
        {
            DeviceExportsLog.FilesOutsideWindow(context.Logger, outside.Count, windowText);
        }

        if (outside.Count == files.Count)
        {
            throw NoFileInWindow(context, files);
        }

        // OrderByDescending is a stable sort, so files of one date keep the configured order.
        return files
            .Where(file => window.Contains(file.SnapshotDate))
            .OrderByDescending(file => file.SnapshotDate)
            .ToList();
    }

    /// <summary>
    /// Creates the exception for a pull whose files are all dated outside its window. Writing no device would
    /// replace an earlier pull of the month with an empty one.
    /// </summary>
    private static ConnectorException NoFileInWindow(PullContext context, List<DeviceExportFile> files)
    {
        var key = ConnectorFiles.SettingsKey(context, "Files");
        var month = context.Window.Label;
        var oldest = files.Min(file => file.SnapshotDate);
        var newest = files.Max(file => file.SnapshotDate);
        var problem = files.Count == 1
            ? $"the only file of {key}, {context.DisplayPath(files[0].Path)}, is dated {Format(oldest)} by its "
                + $"name, outside the month {month}"
            : $"none of the {files.Count} files of {key} is dated in the month {month} by its name; their names "
                + $"give dates from {Format(oldest)} to {Format(newest)}";
        return new ConnectorException(
            $"Connector '{context.Connector}': {problem}. List the exports taken during {month}, or run the month "
            + "they were taken in.");
    }

    private static string Format(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    [GeneratedRegex("(?<![0-9])(?:[0-9]{4}-[0-9]{2}-[0-9]{2}|[0-9]{8})(?![0-9])", RegexOptions.CultureInvariant,
        1000)]
    private static partial Regex DateInName();
}
