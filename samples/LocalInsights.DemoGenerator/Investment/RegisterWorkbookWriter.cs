using ClosedXML.Excel;
using LocalInsights.DemoGenerator.Output;

namespace LocalInsights.DemoGenerator.Investment;

/// <summary>
/// Writes investment/registre-investissements.xlsx: one sheet of typed cells (numbers, dates, rates) with French
/// display formats, as a finance officer keeps the register in Excel.
/// </summary>
internal static class RegisterWorkbookWriter
{
    public const string RelativePath = "investment/registre-investissements.xlsx";
    public const string SheetName = "Registre 2022-2024";

    private const string EuroFormat = "#,##0.00\\ \"€\"";
    private static readonly double[] ColumnWidths = [15, 34, 18, 12, 50, 10, 16, 16, 8, 16, 16, 12, 12, 60, 40];

    public static void Write(string outputFolder, IReadOnlyList<InvestmentLine> lines, FaultLog log)
    {
        using var workbook = new XLWorkbook();
        workbook.Properties.Author = "Service financier (démo)";
        workbook.Properties.Created = DemoCalendar.SnapshotUtc;
        workbook.Properties.Modified = DemoCalendar.SnapshotUtc;
        var sheet = workbook.Worksheets.Add(SheetName);
        WriteHeader(sheet);
        for (var i = 0; i < lines.Count; i++)
        {
            var row = i + 2;
            WriteLine(sheet.Row(row), lines[i]);
            if (lines[i].FaultKind is not null)
            {
                log.Add(lines[i].FaultKind!, RelativePath, row,
                    $"{lines[i].Reference}: {lines[i].Fault}");
            }
        }

        for (var column = 0; column < ColumnWidths.Length; column++)
        {
            sheet.Column(column + 1).Width = ColumnWidths[column];
        }

        using var buffer = new MemoryStream();
        workbook.SaveAs(buffer);
        DeterministicZip.Write(buffer.ToArray(), Path.Combine(outputFolder, RelativePath), DemoCalendar.SnapshotUtc);
        log.Count("Investment register", "workbook 2022-2024 lines", lines.Count);
        log.Amount("Investment register", "workbook 2022-2024 total Montant HT, the text amount left out",
            lines.Where(line => line.AmountExcludingTaxText is null).Sum(line => line.AmountExcludingTax));
    }

    private static void WriteHeader(IXLWorksheet sheet)
    {
        for (var column = 0; column < RegisterColumns.Header.Count; column++)
        {
            sheet.Cell(1, column + 1).Value = RegisterColumns.Header[column];
        }

        sheet.Row(1).Style.Font.Bold = true;
        sheet.SheetView.FreezeRows(1);
    }

    private static void WriteLine(IXLRow row, InvestmentLine line)
    {
        SetText(row.Cell(1), line.Reference);
        SetText(row.Cell(2), line.Programme);
        SetText(row.Cell(3), line.UaiText);
        SetText(row.Cell(4), line.Category);
        SetText(row.Cell(5), line.Designation);
        row.Cell(6).Value = line.Quantity;
        SetNumber(row.Cell(7), line.UnitPrice, EuroFormat);
        if (line.AmountExcludingTaxText is null)
        {
            SetNumber(row.Cell(8), line.AmountExcludingTax, EuroFormat);
        }
        else
        {
            SetText(row.Cell(8), line.AmountExcludingTaxText);
        }

        SetNumber(row.Cell(9), line.VatRate, line.VatRate * 100 % 1 == 0 ? "0 %" : "0.0 %");
        SetNumber(row.Cell(10), line.AmountIncludingTax, EuroFormat);
        row.Cell(11).Value = line.AcquisitionDate.ToDateTime(TimeOnly.MinValue);
        row.Cell(11).Style.DateFormat.Format = "dd/mm/yyyy";
        row.Cell(12).Value = line.DepreciationYears;
        SetNumber(row.Cell(13), line.FundingShare, "0 %");
        SetText(row.Cell(14), string.Join(RegisterColumns.SerialSeparator, line.SerialNumbers));
        SetText(row.Cell(15), line.Comment);
        row.Cell(15).Style.Alignment.WrapText = line.Comment.Contains('\n', StringComparison.Ordinal);
    }

    /// <summary>Stores text as text, so that a code such as 0350022J or "12,5,0 €" is never read as a number.</summary>
    private static void SetText(IXLCell cell, string text)
    {
        cell.SetValue(text);
        cell.DataType = XLDataType.Text;
    }

    private static void SetNumber(IXLCell cell, decimal value, string format)
    {
        cell.Value = value;
        cell.Style.NumberFormat.Format = format;
    }
}
