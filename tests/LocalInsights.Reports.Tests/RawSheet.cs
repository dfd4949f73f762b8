using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace LocalInsights.Reports.Tests;

/// <summary>
/// Reads the stored XML of a saved workbook with the Open XML SDK, to check what Excel reads rather than what
/// ClosedXML makes of it: ClosedXML 0.95.4 turns serial 1 back into 1899-12-31, for instance.
/// </summary>
internal static class RawSheet
{
    /// <summary>Returns the stored value text of a cell, or null when the cell has no value.</summary>
    public static string? ValueOf(Stream workbook, string sheetName, string cellReference)
    {
        var cell = Cells(workbook, sheetName).FirstOrDefault(cell => cell.CellReference?.Value == cellReference);
        return cell?.CellValue?.Text;
    }

    /// <summary>Returns the number of cells of the sheet that store a formula.</summary>
    public static int CountFormulas(Stream workbook, string sheetName) =>
        Cells(workbook, sheetName).Count(cell => cell.CellFormula is not null);

    /// <summary>Returns the columns of the sheet that have a custom width, as (first column, width).</summary>
    public static IReadOnlyList<(uint Column, double Width)> CustomWidths(Stream workbook, string sheetName)
    {
        workbook.Position = 0;
        using var document = SpreadsheetDocument.Open(workbook, isEditable: false);
        return Part(document, sheetName).Worksheet.Descendants<Column>()
            .Where(column => column.CustomWidth?.Value == true)
            .Select(column => (column.Min!.Value, column.Width!.Value))
            .ToList();
    }

    /// <summary>Returns the stored texts of the shared string table, without decoding <c>_xHHHH_</c> escapes.</summary>
    public static IReadOnlyList<string> SharedStrings(Stream workbook)
    {
        workbook.Position = 0;
        using var document = SpreadsheetDocument.Open(workbook, isEditable: false);
        var table = document.WorkbookPart!.SharedStringTablePart?.SharedStringTable;
        return table is null ? [] : table.Elements<SharedStringItem>().Select(item => item.InnerText).ToList();
    }

    private static List<Cell> Cells(Stream workbook, string sheetName)
    {
        workbook.Position = 0;
        using var document = SpreadsheetDocument.Open(workbook, isEditable: false);
        return Part(document, sheetName).Worksheet.Descendants<Cell>().Select(cell => (Cell)cell.CloneNode(true))
            .ToList();
    }

    private static WorksheetPart Part(SpreadsheetDocument document, string sheetName)
    {
        var workbookPart = document.WorkbookPart!;
        var sheet = workbookPart.Workbook.Descendants<Sheet>().Single(sheet => sheet.Name == sheetName);
        return (WorksheetPart)workbookPart.GetPartById(sheet.Id!.Value!);
    }
}
