namespace LocalInsights.Reports.Excel;

/// <summary>What <see cref="SafeDate"/> wrote into a cell.</summary>
public enum DateCellKind
{
    /// <summary>No value was given, so the cell stays empty.</summary>
    Empty,

    /// <summary>The value was a known "no date" sentinel, so the cell stays empty.</summary>
    Sentinel,

    /// <summary>A date serial number with a date format.</summary>
    Date,

    /// <summary>A date Excel cannot show as a date, written as ISO 8601 text.</summary>
    Text,
}
