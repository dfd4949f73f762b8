using ClosedXML.Excel;

namespace LocalInsights.Connectors.Investment.Reading;

/// <summary>
/// Reads one worksheet of an <c>.xlsx</c> register with ClosedXML. Numbers and dates keep their type, and text
/// cells are parsed later with the same French rules as delimited files.
/// </summary>
/// <remarks>
/// NOTE: ClosedXML loads the whole workbook in memory. That suits registers of some thousands of lines, but a
/// register of hundreds of thousands of lines should be exported to CSV, which is streamed.
/// </remarks>
internal sealed class WorkbookRegisterReader : IRegisterReader
{
    private readonly XLWorkbook _workbook;
    private readonly IXLWorksheet _sheet;

    private WorkbookRegisterReader(XLWorkbook workbook, IXLWorksheet sheet)
    {
        _workbook = workbook;
        _sheet = sheet;
    }

    public bool ChecksFieldCount => false;

    public IReadOnlyList<string> Warnings => [];

    public string SheetName => _sheet.Name;

    /// <summary>
    /// Opens the workbook and its sheet. Returns null with the names of the sheets found when
    /// <paramref name="sheetName"/> is not one of them (compared ignoring case).
    /// </summary>
    public static WorkbookRegisterReader? Open(string path, string? sheetName, out IReadOnlyList<string> sheets)
    {
        XLWorkbook workbook;
        using (var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite))
        {
            workbook = new XLWorkbook(stream);
        }

        sheets = workbook.Worksheets.Select(sheet => sheet.Name).ToList();
        var selected = string.IsNullOrWhiteSpace(sheetName)
            ? workbook.Worksheets.FirstOrDefault()
            : workbook.Worksheets.FirstOrDefault(sheet =>
                string.Equals(sheet.Name, sheetName.Trim(), StringComparison.OrdinalIgnoreCase));
        if (selected is null)
        {
            workbook.Dispose();
            return null;
        }

        return new WorkbookRegisterReader(workbook, selected);
    }

    public IEnumerable<RegisterRecord> ReadRecords()
    {
        var lastColumn = _sheet.LastColumnUsed()?.ColumnNumber() ?? 0;
        foreach (var row in _sheet.RowsUsed())
        {
            var cells = new RegisterCell[lastColumn];
            for (var column = 1; column <= lastColumn; column++)
            {
                cells[column - 1] = WorkbookCells.Read(row.Cell(column));
            }

            var record = new RegisterRecord(row.RowNumber(), cells);
            if (!record.IsBlank)
            {
                yield return record;
            }
        }
    }

    public void Dispose() => _workbook.Dispose();
}
