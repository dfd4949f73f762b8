namespace LocalInsights.Reports.Excel.Tables;

/// <summary>Counts of values of one column that were changed or left empty while writing, for the log.</summary>
internal sealed class ColumnIssues(string sheet, string column)
{
    public string Sheet { get; } = sheet;

    public string Column { get; } = column;

    /// <summary>Sentinel dates left empty.</summary>
    public int SentinelDates { get; set; }

    /// <summary>Dates before 1900-01-01 written as text.</summary>
    public int TextDates { get; set; }

    /// <summary>Texts whose invalid characters were removed or that were truncated.</summary>
    public int AlteredTexts { get; set; }

    public bool Any => SentinelDates > 0 || TextDates > 0 || AlteredTexts > 0;
}
