namespace LocalInsights.Reports.Excel.DeviceList;

/// <summary>Outcome of appending a device list sheet.</summary>
/// <param name="SheetName">Name the sheet was given, which may differ from the requested one.</param>
/// <param name="RowsWritten">Device rows written below the header.</param>
/// <param name="RowsNotWritten">Device rows read but not written because the sheet reached its row limit.</param>
public sealed record DeviceListResult(string SheetName, long RowsWritten, long RowsNotWritten)
{
    /// <summary>Whether some devices are missing from the sheet because of the row limit.</summary>
    public bool IsTruncated => RowsNotWritten > 0;
}
