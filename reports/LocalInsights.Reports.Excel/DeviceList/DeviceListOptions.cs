namespace LocalInsights.Reports.Excel.DeviceList;

/// <summary>Settings of the device list sheet that <see cref="DeviceListWriter"/> appends to a workbook.</summary>
public sealed class DeviceListOptions
{
    /// <summary>Number of rows of an Excel worksheet, the header included.</summary>
    public const int ExcelMaxRows = 1_048_576;

    /// <summary>Sheet name when none is given.</summary>
    public const string DefaultSheetName = "Device list";

    /// <summary>
    /// Requested sheet name. It is made valid and unique with <see cref="SheetNames"/>, so the written name may
    /// differ. Default <see cref="DefaultSheetName"/>.
    /// </summary>
    public string SheetName { get; init; } = DefaultSheetName;

    /// <summary>
    /// Maximum rows of the sheet, the header included, from 2 to <see cref="ExcelMaxRows"/> (the default). Rows
    /// past it are counted, not written.
    /// </summary>
    public int MaxRows { get; init; } = ExcelMaxRows;

    /// <summary>Time zone in which check-in times are shown. Default UTC.</summary>
    public TimeZoneInfo TimeZone { get; init; } = TimeZoneInfo.Utc;

    /// <summary>
    /// Throws <see cref="ArgumentException"/> that lists every invalid setting, or returns when all are valid.
    /// </summary>
    public void Validate()
    {
        var problems = new List<string>();
        if (MaxRows is < 2 or > ExcelMaxRows)
        {
            problems.Add($"MaxRows is {MaxRows}; set it from 2 to {ExcelMaxRows}, the header row included.");
        }

        if (TimeZone is null)
        {
            problems.Add("TimeZone is missing; set it, for example to TimeZoneInfo.Utc.");
        }

        if (problems.Count > 0)
        {
            throw new ArgumentException("Invalid device list options: " + string.Join(" ", problems));
        }
    }
}
