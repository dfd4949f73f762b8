using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using SheetList = DocumentFormat.OpenXml.Spreadsheet.Sheets;

namespace LocalInsights.Reports.Excel.DeviceList;

/// <summary>
/// Adds an empty worksheet part, its sheet entry and the device list cell formats to a workbook with the Open XML
/// SDK. Only small parts are loaded, so this step takes little memory whatever the size of the list.
/// </summary>
internal static class WorkbookPreparation
{
    public static DeviceListLayout AddEmptySheet(string path, string requestedSheetName)
    {
        using var document = SpreadsheetDocument.Open(path, isEditable: true);
        var workbookPart = document.WorkbookPart ?? throw new InvalidDataException(
            $"The file '{path}' is not an Excel workbook: it has no workbook part. Give an .xlsx file.");
        var workbook = workbookPart.Workbook;
        var sheets = workbook.Sheets ?? workbook.AppendChild(new SheetList());
        var existingSheets = sheets.Elements<Sheet>().ToList();

        var existingNames = existingSheets.Select(sheet => sheet.Name?.Value ?? string.Empty);
        var sheetName = new SheetNames(existingNames).Allocate(requestedSheetName);
        var worksheetPart = workbookPart.AddNewPart<WorksheetPart>();
        worksheetPart.Worksheet = new Worksheet(new SheetData());
        worksheetPart.Worksheet.Save();

        var sheetId = existingSheets.Select(sheet => sheet.SheetId?.Value ?? 0).Append(0u).Max() + 1;
        sheets.Append(new Sheet { Name = sheetName, SheetId = sheetId, Id = workbookPart.GetIdOfPart(worksheetPart) });
        var styles = StylesheetAppender.Append(workbookPart);
        workbook.Save();

        // Part URIs are absolute within the package ("/xl/worksheets/sheet8.xml"); zip entry names have no slash.
        return new DeviceListLayout(sheetName, worksheetPart.Uri.OriginalString.TrimStart('/'), styles);
    }
}
