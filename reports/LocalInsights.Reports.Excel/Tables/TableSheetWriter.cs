using System.Globalization;
using ClosedXML.Excel;

namespace LocalInsights.Reports.Excel.Tables;

/// <summary>
/// Writes rows as an Excel table: a header row of column names, one typed row per item, and an autofilter.
/// </summary>
internal sealed class TableSheetWriter(CellWriter cells)
{
    /// <summary>Rows of one worksheet in Excel 2007 and later.</summary>
    public const int MaxSheetRows = 1_048_576;

    private const int CancellationCheckRows = 1_000;

    public CellWriter Cells => cells;

    /// <summary>
    /// Writes the table with its header at <paramref name="firstRow"/> and returns the issues of each column.
    /// An empty <paramref name="rows"/> gives one empty data row, because an Excel table needs one.
    /// </summary>
    public IReadOnlyList<ColumnIssues> Write<TRow>(
        IXLWorksheet sheet,
        string tableName,
        IReadOnlyList<ReportColumn<TRow>> columns,
        IReadOnlyList<TRow> rows,
        ColumnWidths widths,
        int firstRow,
        CancellationToken cancellationToken)
    {
        CheckRowLimit(sheet.Name, rows.Count, firstRow);
        var issues = columns.Select(column => new ColumnIssues(sheet.Name, column.Header)).ToList();
        WriteHeader(sheet, columns, widths, firstRow);
        for (var index = 0; index < rows.Count; index++)
        {
            if (index % CancellationCheckRows == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            WriteRow(sheet.Row(firstRow + 1 + index), columns, rows[index], widths, issues);
        }

        var lastRow = firstRow + Math.Max(rows.Count, 1);
        var table = sheet.Range(firstRow, 1, lastRow, columns.Count).CreateTable(tableName);
        table.ShowAutoFilter = true;
        return issues;
    }

    private static void WriteHeader<TRow>(
        IXLWorksheet sheet, IReadOnlyList<ReportColumn<TRow>> columns, ColumnWidths widths, int firstRow)
    {
        for (var index = 0; index < columns.Count; index++)
        {
            sheet.Cell(firstRow, index + 1).SetValue<string>(columns[index].Header);
            widths.ObserveHeader(index + 1, columns[index].Header);
        }
    }

    private void WriteRow<TRow>(
        IXLRow row,
        IReadOnlyList<ReportColumn<TRow>> columns,
        TRow item,
        ColumnWidths widths,
        List<ColumnIssues> issues)
    {
        for (var index = 0; index < columns.Count; index++)
        {
            var column = columns[index];
            var length = cells.Write(row.Cell(index + 1), column.Kind, column.Value(item), issues[index]);
            widths.Observe(index + 1, length);
        }
    }

    private static void CheckRowLimit(string sheetName, int rowCount, int firstRow)
    {
        var available = MaxSheetRows - firstRow;
        if (rowCount > available)
        {
            throw new InvalidOperationException(string.Create(
                CultureInfo.InvariantCulture,
                $"Sheet '{sheetName}' needs {rowCount} data rows but only {available} fit below its header " +
                $"(Excel allows {MaxSheetRows} rows per sheet). Write the report for fewer establishments."));
        }
    }
}
